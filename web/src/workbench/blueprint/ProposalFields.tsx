import './blueprint.css';
import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CheckBody, type LandUseCode, landUseCodes } from '../../api/blueprint';
import { useFormRules } from '../../shared/formRules';

/** What is to be built on a site, as the form holds it (the green ratio in per cent). */
export interface ProposalValues {
  intendedUse: LandUseCode;
  floorAreaRatio?: number | null;
  heightM?: number | null;
  greenPercent?: number | null;
}

const given = (value: number | null | undefined) =>
  value === null || value === undefined ? undefined : value;

/** The proposal as the server takes it: figures left empty are not stated, the green ratio 0..1. */
export function proposalOf(
  values: ProposalValues,
): Pick<CheckBody, 'intendedUse' | 'floorAreaRatio' | 'heightM' | 'greenRatio'> {
  const greenPercent = given(values.greenPercent);
  return {
    intendedUse: values.intendedUse,
    floorAreaRatio: given(values.floorAreaRatio),
    heightM: given(values.heightM),
    greenRatio: greenPercent === undefined ? undefined : greenPercent / 100,
  };
}

/**
 * The intended land use (GB 50137) and the key figures a regulatory parcel's controls are
 * compared with — the plan check's and the project planning's fields, in a Form of ProposalValues.
 */
export function ProposalFields() {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <>
      <Form.Item
        name="intendedUse"
        label={t('blueprint.check.intendedUse')}
        rules={[rules.requiredSelect(t('blueprint.check.intendedUse'))]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('blueprint.check.intendedUsePlaceholder')}
          options={landUseCodes.map((code) => ({
            value: code,
            label: t('blueprint.check.landUseOption', { code, name: t(`blueprint.landUse.${code}`) }),
          }))}
        />
      </Form.Item>
      <div className="blueprint-numbers">
        <Form.Item name="floorAreaRatio" label={t('blueprint.check.floorAreaRatio')}>
          <InputNumber min={0} max={50} step={0.1} className="blueprint-number" />
        </Form.Item>
        <Form.Item name="heightM" label={t('blueprint.check.heightM')}>
          <InputNumber
            min={0}
            max={1000}
            step={1}
            className="blueprint-number"
            suffix={t('blueprint.units.m')}
          />
        </Form.Item>
        <Form.Item name="greenPercent" label={t('blueprint.check.greenRatio')}>
          <InputNumber min={0} max={100} step={1} className="blueprint-number" suffix="%" />
        </Form.Item>
      </div>
    </>
  );
}
