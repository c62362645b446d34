import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterVersion } from '../../api/catalogueTypes';
import { formatDateTime } from '../../shared/format';
import { MatterStatusTag } from './MatterStatusTag';

export function VersionsTab({ versions }: { versions: MatterVersion[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('editor.versions.intro')}</Typography.Paragraph>
      <Table
        rowKey="version"
        size="middle"
        pagination={false}
        dataSource={versions}
        locale={{ emptyText: t('editor.versions.none') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'version',
            title: t('editor.versions.version'),
            render: (_, v: MatterVersion) => t('matters.versionValue', { version: v.version }),
          },
          {
            key: 'status',
            title: t('editor.versions.status'),
            render: (_, v: MatterVersion) => <MatterStatusTag status={v.status} />,
          },
          { key: 'name', title: t('editor.versions.name'), render: (_, v: MatterVersion) => v.guide.name },
          {
            key: 'createdAt',
            title: t('editor.versions.createdAt'),
            render: (_, v: MatterVersion) => formatDateTime(v.createdAt),
          },
          {
            key: 'publishedAt',
            title: t('editor.versions.publishedAt'),
            render: (_, v: MatterVersion) => formatDateTime(v.publishedAt),
          },
        ]}
      />
    </>
  );
}
