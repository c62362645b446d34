import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FilingMatter } from '../../api/projects';
import { ApplicationStatusTag } from '../../portal/applications/ApplicationStatusTag';
import { ClockText } from './ClockText';

/**
 * Every matter of a stage, each an ordinary application on its own department's workflow: its
 * status, its clock, its licences. `caseLink` opens the application where the reader handles it
 * (the applicant's page, or the workbench's case page where the department decides).
 */
export function FilingMatters(props: {
  matters: FilingMatter[];
  caseLink: (applicationNo: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table<FilingMatter>
      size="small"
      rowKey="applicationNo"
      dataSource={props.matters}
      pagination={false}
      scroll={{ x: 720 }}
      columns={[
        {
          key: 'matter',
          title: t('projects.filing.matter'),
          render: (_, m) => (
            <span className="stage-matter">
              <span>{m.matterName}</span>
              <Link
                to={props.caseLink(m.applicationNo)}
                aria-label={t('projects.filing.openCase', { no: m.applicationNo })}
              >
                {m.applicationNo}
              </Link>
            </span>
          ),
        },
        {
          key: 'department',
          title: t('projects.filing.department'),
          render: (_, m) => m.department.name,
          width: 170,
        },
        {
          key: 'status',
          title: t('projects.filing.status'),
          width: 110,
          render: (_, m) => <ApplicationStatusTag status={m.status} />,
        },
        {
          key: 'clock',
          title: t('projects.filing.clock'),
          width: 170,
          render: (_, m) => <ClockText clock={m.clock} />,
        },
        {
          key: 'licences',
          title: t('projects.filing.licences'),
          width: 190,
          render: (_, m) =>
            m.licences.length ? (
              m.licences.map((l) => (
                <span key={l.licenseNo} className="stage-matter">
                  <span>{l.typeName}</span>
                  <Typography.Text type="secondary" className="project-meta">
                    {l.licenseNo}
                  </Typography.Text>
                </span>
              ))
            ) : m.licenceTypes.length ? (
              <Typography.Text type="secondary">
                {t('projects.filing.licencePending', {
                  types: m.licenceTypes.join(t('common.listSeparator')),
                })}
              </Typography.Text>
            ) : (
              <Tag>{t('projects.filing.noLicence')}</Tag>
            ),
        },
      ]}
    />
  );
}
