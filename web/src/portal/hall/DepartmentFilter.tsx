import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../api/directory';

export function DepartmentFilter(props: { value?: string; onChange: (value?: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const departments = useDepartments();
  return (
    <div className="filter-field department-filter">
      <label htmlFor={id}>{t('hall.departmentLabel')}</label>
      <Select
        id={id}
        value={props.value ?? ''}
        onChange={(value) => props.onChange(value || undefined)}
        loading={departments.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        options={[
          { value: '', label: t('hall.departmentAll') },
          ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name })),
        ]}
      />
    </div>
  );
}
