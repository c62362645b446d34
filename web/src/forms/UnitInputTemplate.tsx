import { Templates } from '@rjsf/antd';
import type { BaseInputTemplateProps } from '@rjsf/utils';

const Base = Templates.BaseInputTemplate!;

/** The server puts a number field's unit in `ui:options.addonAfter` (元, 平方米, 人…). */
export function UnitInputTemplate(props: BaseInputTemplateProps) {
  const unit = props.options.addonAfter;
  if (typeof unit !== 'string' || !unit) return <Base {...props} />;
  return (
    <div className="input-unit">
      <Base {...props} />
      <span className="input-unit-text">{unit}</span>
    </div>
  );
}
