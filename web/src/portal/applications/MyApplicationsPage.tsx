import './applications.css';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApplicationList } from './ApplicationList';
import { DraftList } from './DraftList';

type Tab = 'applications' | 'drafts';

/** 我的办件: what was sent (办件) and what was saved to finish later (草稿). The tab and page live in the URL. */
export default function MyApplicationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'drafts' ? 'drafts' : 'applications';
  const page = Math.max(1, Number(params.get('page')) || 1);

  return (
    <div className="page page-medium">
      <Typography.Title level={1} className="page-title">
        {t('myApplications.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'drafts' ? { tab: key } : {})}
        items={[
          {
            key: 'applications',
            label: t('myApplications.tabApplications'),
            children: (
              <ApplicationList
                page={page}
                onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
              />
            ),
          },
          { key: 'drafts', label: t('myApplications.tabDrafts'), children: <DraftList /> },
        ]}
      />
    </div>
  );
}
