import { Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../api/catalogueTypes';
import { MaterialFileLinks } from './MaterialFileLinks';
import { useMaterialTexts } from './useMaterialTexts';

/** Fetched instead of asked for; another party's licence or record is the applicant's to hand in. */
const exempt = (m: Material) => m.source.kind !== 'applicant' && m.source.holder !== 'other_party';

function KeyTag({ material, label }: { material: Material; label: string }) {
  return <Tag color={material.key ? 'red' : 'default'}>{label}</Tag>;
}

/** What an online application may upload for it, and its blank form and sample to download. */
function ElectronicFiles({ matterCode, material }: { matterCode: string; material: Material }) {
  const { t } = useTranslation();
  const text = useMaterialTexts();
  if (exempt(material)) return <>{t('materialFiles.guide.noUpload')}</>;
  return (
    <>
      <span className="material-limits">{text.limits(material)}</span>
      <MaterialFileLinks matterCode={matterCode} material={material} />
    </>
  );
}

/** A table on wide screens; on a phone, one card per material with the same facts, labelled. */
export function MaterialsList({ matterCode, materials }: { matterCode: string; materials: Material[] }) {
  const { t } = useTranslation();
  const text = useMaterialTexts();
  const wide = Grid.useBreakpoint().md;

  if (materials.length === 0) return <Typography.Paragraph>{t('guide.materialsEmpty')}</Typography.Paragraph>;
  const intro = (
    <Typography.Paragraph type="secondary" className="materials-intro">
      {materials.some(exempt) && <>{t('guide.materialsIntro')} </>}
      {materials.some((m) => !m.key) && t('guide.keyNoLegend')}
      {materials.some((m) => !exempt(m)) && <> {t('materialFiles.accepted')}</>}
    </Typography.Paragraph>
  );

  if (wide) {
    const columns: TableColumnsType<Material> = [
      { key: 'name', title: t('guide.materialName'), render: (_, m) => <strong>{m.name}</strong> },
      { key: 'form', title: t('guide.materialForm'), render: (_, m) => text.form(m) },
      { key: 'copies', title: t('guide.copies'), render: (_, m) => text.copies(m) },
      { key: 'requirement', title: t('guide.requirement'), render: (_, m) => text.requirement(m) },
      {
        key: 'key',
        title: t('guide.keyLabel'),
        render: (_, m) => <KeyTag material={m} label={text.key(m)} />,
      },
      {
        key: 'source',
        title: t('guide.source'),
        render: (_, m) => (exempt(m) ? <Tag color="green">{text.source(m)}</Tag> : text.source(m)),
      },
      { key: 'note', title: t('guide.note'), render: (_, m) => m.note ?? t('common.none') },
      {
        key: 'files',
        title: t('materialFiles.guide.files'),
        render: (_, m) => <ElectronicFiles matterCode={matterCode} material={m} />,
      },
    ];
    return (
      <>
        {intro}
        <Table
          rowKey={(m) => m.id}
          size="small"
          bordered
          columns={columns}
          dataSource={materials}
          pagination={false}
          className="materials-table"
        />
      </>
    );
  }

  return (
    <>
      {intro}
      <ol className="material-cards">
        {materials.map((m) => (
          <li key={m.id} className="material-card">
            <p className="material-card-name">{m.name}</p>
            <div className="tag-list">
              <KeyTag material={m} label={text.key(m)} />
              {exempt(m) && <Tag color="green">{text.source(m)}</Tag>}
            </div>
            <dl className="material-facts">
              <dt>{t('guide.materialForm')}</dt>
              <dd>
                {m.copies > 0
                  ? t('guide.formAndCopies', { form: text.form(m), copies: text.copies(m) })
                  : text.form(m)}
              </dd>
              <dt>{t('guide.requirement')}</dt>
              <dd>{text.requirement(m)}</dd>
              {!exempt(m) && (
                <>
                  <dt>{t('guide.source')}</dt>
                  <dd>{text.source(m)}</dd>
                </>
              )}
              {m.note && (
                <>
                  <dt>{t('guide.note')}</dt>
                  <dd>{m.note}</dd>
                </>
              )}
              {!exempt(m) && (
                <>
                  <dt>{t('materialFiles.guide.files')}</dt>
                  <dd>
                    <ElectronicFiles matterCode={matterCode} material={m} />
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
