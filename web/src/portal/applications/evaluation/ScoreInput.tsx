import { Rate } from 'antd';

interface Props {
  label: string;
  tooltips: string[];
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}

/** Stars 1–5 that read as one named choice (a radio group) to screen readers and tests; a Form.Item control. */
export function ScoreInput({ label, tooltips, id, value, onChange }: Props) {
  return (
    <div role="radiogroup" aria-label={label}>
      <Rate id={id} value={value} onChange={onChange} tooltips={tooltips} />
    </div>
  );
}
