import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../api/types';
import type { InboxItem } from '../../api/workflowTypes';
import { ApplicationNumber } from '../../portal/applications/ApplicationNumber';
import { cardPagination } from '../../shared/cardPagination';
import { useFromHere } from '../cases/caseLists';
import { casePath } from '../cases/casePath';
import { WarningTag } from '../cases/WarningTag';

interface Props {
  data: Page<InboxItem> | undefined;
  loading: boolean;
  empty: string;
  onPage: (page: number, pageSize: number) => void;
}

/** The inbox on a phone: one card per task, the due date and its warning in sight without scrolling sideways. */
export function InboxCards({ data, loading, empty, onPage }: Props) {
  const { t } = useTranslation();
  const from = useFromHere();
  return (
    <List
      className="inbox-cards"
      loading={loading}
      locale={{ emptyText: empty }}
      dataSource={data?.items}
      pagination={cardPagination(data, onPage)}
      renderItem={(item) => (
        <List.Item key={item.taskId} className={`case-card case-row-${item.warning}`}>
          <Link
            to={casePath(item.applicationNo)}
            state={from}
            aria-label={t('cases.inbox.openLabel', { no: item.applicationNo })}
            className="case-card-link"
          >
            <Typography.Text strong>{item.matterName}</Typography.Text>
            <Space size={4} wrap>
              <Tag color={item.status === 'claimed' ? 'processing' : 'default'}>
                {t(`cases.vocab.taskStatus.${item.status}`)}
              </Tag>
              <Typography.Text type="secondary">
                {t('common.labelled', { label: t('cases.inbox.step'), text: item.stepName })}
              </Typography.Text>
            </Space>
            <ApplicationNumber value={item.applicationNo} size="small" copyable={false} />
            <Space size={4} wrap>
              <span>{t('common.labelled', { label: t('cases.inbox.dueOn'), text: item.dueOn })}</span>
              <WarningTag warning={item.warning} />
            </Space>
          </Link>
        </List.Item>
      )}
    />
  );
}
