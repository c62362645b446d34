import type { FieldProps } from '@rjsf/utils';
import { Cascader, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDivisions } from '../api/directory';
import { divisionTree } from './divisionTree';

interface Address {
  division?: string[];
  detail?: string;
}

/**
 * `ui:field: 'address'`: the division down to the town, then the street address. The value
 * keeps the whole division path (province first), as the server's schema expects.
 */
export function AddressField(props: FieldProps<Address>) {
  const { t } = useTranslation();
  const divisions = useDivisions();
  const { prefix, options } = divisionTree(divisions.data ?? []);
  const id = props.fieldPathId.$id;
  const value = props.formData ?? {};
  const fixed = prefix.map((d) => d.code);
  const shown = value.division?.slice(fixed.length);
  // The form hides the field-level errors of an address (see addressUi): "此项为必填项" for the
  // whole address goes under the part that is still empty, where the applicant will look.
  const own = props.rawErrors ?? [];
  const missing = { division: !value.division?.length, detail: !value.detail };
  const errorsOf = (key: keyof Address) => [
    ...(props.errorSchema?.[key]?.__errors ?? []),
    ...(missing[key] || (!missing.division && !missing.detail && key === 'detail') ? own : []),
  ];
  const change = (next: Address) => props.onChange({ ...value, ...next }, props.fieldPathId.path);
  const title = props.schema.title ?? props.name;

  return (
    <fieldset
      className="address-field"
      aria-describedby={props.rawErrors?.length ? `${id}__error` : undefined}
    >
      <legend className={props.required ? 'address-legend address-legend-required' : 'address-legend'}>
        {title}
      </legend>
      <Form.Item
        layout="vertical"
        label={t('sampleForm.address.division')}
        htmlFor={`${id}_division`}
        validateStatus={errorsOf('division').length ? 'error' : undefined}
        help={errorsOf('division').join(t('common.listSeparator')) || undefined}
        extra={prefix.length ? prefix.map((d) => d.name).join(' / ') : undefined}
      >
        <Cascader
          id={`${id}_division`}
          options={options}
          loading={divisions.isPending}
          value={shown}
          disabled={props.disabled || props.readonly}
          placeholder={t('sampleForm.address.divisionPlaceholder')}
          showSearch
          onChange={(codes) =>
            change({ division: codes?.length ? [...fixed, ...(codes as string[])] : undefined })
          }
        />
      </Form.Item>
      <Form.Item
        layout="vertical"
        label={t('sampleForm.address.detail')}
        htmlFor={`${id}_detail`}
        validateStatus={errorsOf('detail').length ? 'error' : undefined}
        help={errorsOf('detail').join(t('common.listSeparator')) || undefined}
      >
        <Input
          id={`${id}_detail`}
          value={value.detail ?? ''}
          disabled={props.disabled || props.readonly}
          placeholder={t('sampleForm.address.detailPlaceholder')}
          autoComplete="street-address"
          onChange={(event) => change({ detail: event.target.value || undefined })}
        />
      </Form.Item>
    </fieldset>
  );
}
