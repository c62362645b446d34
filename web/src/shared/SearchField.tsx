import { Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  placeholder: string;
  /** The search now in force (from the address bar): shown in the box. */
  value?: string;
  onSearch: (q: string) => void;
  maxLength?: number;
}

/** A list's labelled search box, in its filter bar; answers the trimmed text. */
export function SearchField({ label, placeholder, value, onSearch, maxLength }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <Input.Search
        id={id}
        // Keyed by the search in force, so going back to another one shows it in the box.
        key={value ?? ''}
        defaultValue={value}
        placeholder={placeholder}
        allowClear
        enterButton={t('common.search')}
        maxLength={maxLength}
        onSearch={(q) => onSearch(q.trim())}
      />
    </div>
  );
}
