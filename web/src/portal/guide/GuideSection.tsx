import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideSectionId } from './sections';

export function GuideSection({ id, children }: { id: GuideSectionId; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="guide-section">
      <Typography.Title level={2} id={`${id}-title`} className="guide-section-title">
        {t(`guide.sections.${id}`)}
      </Typography.Title>
      {children}
    </section>
  );
}
