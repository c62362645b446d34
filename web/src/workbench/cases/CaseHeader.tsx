import { ReloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowCase } from '../../api/workflowTypes';
import { ApplicationNumber } from '../../portal/applications/ApplicationNumber';
import { CaseStatusTag } from './CaseStatusTag';
import { useCaseLabels } from './labels';
import { WarningTag } from './WarningTag';

export function CaseHeader({
  view,
  onReload,
  reloading,
}: {
  view: WorkflowCase;
  onReload: () => void;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const warning = view.clock && !view.clock.stopped ? view.clock.promised.warning : 'none';
  return (
    <header className="case-header block-gap">
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {view.matterName}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={onReload} loading={reloading}>
          {t('cases.page.reload')}
        </Button>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          {
            key: 'no',
            label: t('cases.page.number'),
            children: <ApplicationNumber value={view.applicationNo} size="medium" />,
          },
          {
            key: 'status',
            label: t('cases.page.status'),
            children: (
              <Space size={4} wrap>
                <CaseStatusTag status={view.status} />
                {view.outcome && (
                  <Tag color={view.outcome === 'approved' ? 'green' : 'red'}>
                    {t(`cases.vocab.outcome.${view.outcome}`)}
                  </Tag>
                )}
                <WarningTag warning={warning} />
              </Space>
            ),
          },
          {
            key: 'department',
            label: t('cases.page.department'),
            children: labels.department(view.departmentCode),
          },
          {
            key: 'channel',
            label: t('cases.page.channel'),
            children: t(`cases.vocab.channel.${view.channel}`),
          },
          ...(view.intake.receivedOn
            ? [{ key: 'received', label: t('cases.page.receivedOn'), children: view.intake.receivedOn }]
            : []),
        ]}
      />
    </header>
  );
}
