import { Typography } from 'antd';

/** Numbered paragraphs (conditions, legal basis), or a plain sentence when there are none. */
export function TextList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <Typography.Paragraph>{empty}</Typography.Paragraph>;
  return (
    <ol className="guide-list">
      {items.map((item, index) => (
        // Guide texts may repeat; their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <li key={index}>{item}</li>
      ))}
    </ol>
  );
}
