import { InputNumber } from 'antd';

interface Props {
  id?: string;
  value?: number;
  onChange?: (fen: number | undefined) => void;
}

/** Money is stored in integer fen; people type yuan. */
export function YuanInput({ id, value, onChange }: Props) {
  return (
    <InputNumber<number>
      id={id}
      min={0}
      step={1}
      precision={2}
      value={value === undefined ? undefined : value / 100}
      onChange={(yuan) => onChange?.(yuan === null ? undefined : Math.round(yuan * 100))}
      className="yuan-input"
    />
  );
}
