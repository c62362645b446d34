import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  index: number;
  count: number;
  /** Names the row in the buttons' accessible names: "上移 第 2 步". */
  itemLabel: string;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

export function ListItemActions({ index, count, itemLabel, move, remove }: Props) {
  const { t } = useTranslation();
  return (
    <Space size={0} className="list-item-actions">
      <Button
        type="text"
        size="small"
        icon={<ArrowUpOutlined />}
        disabled={index === 0}
        aria-label={`${t('editor.moveUp')} ${itemLabel}`}
        title={t('editor.moveUp')}
        onClick={() => move(index, index - 1)}
      />
      <Button
        type="text"
        size="small"
        icon={<ArrowDownOutlined />}
        disabled={index === count - 1}
        aria-label={`${t('editor.moveDown')} ${itemLabel}`}
        title={t('editor.moveDown')}
        onClick={() => move(index, index + 1)}
      />
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('editor.removeItem', { item: itemLabel })}
        title={t('editor.remove')}
        onClick={() => remove(index)}
      />
    </Space>
  );
}
