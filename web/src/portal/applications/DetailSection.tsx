import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** One titled part of an application's page, named for screen readers by its heading. */
export function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="detail-section">
      <Typography.Title level={2} id={`${id}-title`} className="section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}
