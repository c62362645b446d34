import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../api/types';

interface Values {
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditFilterBar({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  const search = ({ action, range }: Values) =>
    onSearch({
      action: action?.trim() || undefined,
      // Whole local days, sent as instants so the server need not guess the time zone.
      from: range?.[0]?.startOf('day').toISOString(),
      to: range?.[1]?.endOf('day').toISOString(),
    });

  return (
    <Form
      form={form}
      name="auditFilter"
      layout="inline"
      colon={false}
      className="filter-bar"
      onFinish={search}
    >
      <Form.Item label={t('audit.actionFilter')} name="action">
        <Input placeholder={t('audit.actionPlaceholder')} allowClear />
      </Form.Item>
      <Form.Item label={t('audit.dateRange')} name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
