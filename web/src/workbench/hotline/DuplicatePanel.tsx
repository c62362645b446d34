import { Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { terminalStatuses, useTaxonomyNames } from '../../portal/hotline/api';
import { formatDateTime } from '../../shared/format';
import type { Duplicate } from './api';
import { StatusTag } from './TicketTags';

interface Props {
  items: Duplicate[] | undefined;
  /** Whether the call has enough (a subject, and a caller or a place) to look. */
  probing: boolean;
  loading: boolean;
  merging: string | null;
  onMerge: (ticketNo: string) => void;
}

// Orders already finished cannot take a merged call; the operator may still open them.
const FINISHED = new Set<string>(terminalStatuses);

/** 疑似重复: the same caller, place or address within the window, as the operator types. */
export function DuplicatePanel({ items, probing, loading, merging, onMerge }: Props) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  return (
    <Card
      title={t('hotline.call.duplicatesTitle')}
      size="small"
      className="block-gap duplicate-panel"
      extra={items && items.length > 0 ? <Tag color="orange">{items.length}</Tag> : null}
    >
      {!probing ? (
        <Typography.Text type="secondary">{t('hotline.call.duplicatesIdle')}</Typography.Text>
      ) : (
        <List
          size="small"
          loading={loading}
          locale={{ emptyText: t('hotline.call.duplicatesNone') }}
          dataSource={items}
          renderItem={(d) => (
            <List.Item key={d.ticketNo} className="duplicate-item">
              <Space orientation="vertical" size={2} className="full-width">
                <Space size={4} wrap>
                  <Link to={`/workbench/hotline/orders/${d.ticketNo}`} target="_blank" className="ticket-no">
                    {d.ticketNo}
                  </Link>
                  <StatusTag status={d.status} />
                </Space>
                <Typography.Text>
                  {names.type(d.type)} · {names.subject(d.subject)} · {formatDateTime(d.createdAt)}
                </Typography.Text>
                <Typography.Text type="secondary">{d.address}</Typography.Text>
                <Space size={[0, 4]} wrap className="tag-list">
                  {d.reasons.map((r) => (
                    <Tag key={r} color="orange">
                      {t(`hotline.call.reason.${r}`)}
                    </Tag>
                  ))}
                  {d.distanceMeters !== null && (
                    <Tag>{t('hotline.call.distance', { meters: d.distanceMeters })}</Tag>
                  )}
                </Space>
                {!FINISHED.has(d.status) && (
                  <Popconfirm
                    title={t('hotline.call.mergeConfirm', { no: d.ticketNo })}
                    okText={t('hotline.call.merge')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onMerge(d.ticketNo)}
                  >
                    <Button size="small" loading={merging === d.ticketNo} disabled={merging !== null}>
                      {t('hotline.call.merge')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
