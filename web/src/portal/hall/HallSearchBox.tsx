import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  initial?: string;
  onSearch: (q: string) => void;
  /** On the blue home hero the label is white. */
  inverse?: boolean;
}

export function HallSearchBox({ initial = '', onSearch, inverse }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(initial);

  return (
    <search className={inverse ? 'hall-search hall-search-inverse' : 'hall-search'}>
      <form
        className="hall-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(value.trim());
        }}
      >
        <label htmlFor={id} className="hall-search-label">
          {t('hall.searchLabel')}
        </label>
        <Space.Compact block>
          <Input
            id={id}
            type="search"
            size="large"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            placeholder={t('hall.searchPlaceholder')}
            enterKeyHint="search"
            autoComplete="off"
            maxLength={50}
          />
          <Button type="primary" htmlType="submit" size="large" icon={<SearchOutlined />}>
            {t('hall.searchButton')}
          </Button>
        </Space.Compact>
      </form>
    </search>
  );
}
