import { Button, Card, Input, List, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../portal/hotline/api';
import { useTaxonomyNames } from '../../portal/hotline/api';
import { useDebounced } from '../../shared/useDebounced';
import { type KnowledgeEntry, useKnowledge } from './api';

/**
 * 知识库: answers the operator may read out. Taking one makes the call a consultation answered
 * on the spot (直接答复), closed at intake.
 */
export function KnowledgePanel({
  subject,
  onUse,
}: {
  subject: Subject | undefined;
  onUse: (k: KnowledgeEntry) => void;
}) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const id = useId();
  const [q, setQ] = useState('');
  const words = useDebounced(q.trim(), 400);
  const [anySubject, setAnySubject] = useState(false);
  const knowledge = useKnowledge(words, anySubject ? undefined : subject);

  return (
    <Card title={t('hotline.call.knowledgeTitle')} size="small" className="block-gap knowledge-panel">
      <label htmlFor={id} className="field-label">
        {t('hotline.call.knowledgeSearch')}
      </label>
      <Input.Search id={id} allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={setQ} />
      {subject && (
        <Button type="link" size="small" className="knowledge-scope" onClick={() => setAnySubject((a) => !a)}>
          {anySubject
            ? t('hotline.call.knowledgeOnly', { subject: names.subject(subject) })
            : t('hotline.call.knowledgeAll')}
        </Button>
      )}
      <List
        size="small"
        loading={knowledge.isFetching && !knowledge.data}
        locale={{ emptyText: t('hotline.call.knowledgeNone') }}
        dataSource={knowledge.data?.items}
        renderItem={(k) => (
          <List.Item key={k.id} className="knowledge-item">
            <Typography.Text strong>{k.title}</Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} className="knowledge-answer">
              {k.answer}
            </Typography.Paragraph>
            <Button size="small" onClick={() => onUse(k)}>
              {t('hotline.call.useAnswer')}
            </Button>
          </List.Item>
        )}
      />
    </Card>
  );
}
