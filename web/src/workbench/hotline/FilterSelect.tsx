import './hotline.css';
import { Select } from 'antd';
import { useId } from 'react';

/** A list filter: a visible label, "any" when cleared, and options searched by their names. */
export function FilterSelect(props: {
  label: string;
  placeholder: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{props.label}</label>
      <Select
        id={id}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        className="filter-select"
        placeholder={props.placeholder}
        value={props.value}
        options={props.options}
        onChange={(value?: string) => props.onChange(value)}
      />
    </div>
  );
}
