import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The main button: type submit inside a form, or a click handler outside one. */
  primary: { label: string; loading?: boolean; onClick?: () => void };
  onPrevious?: () => void;
  onSaveDraft?: () => void;
  saving?: boolean;
}

/** 上一步 / 下一步 in a row, 保存草稿 below: the same on every page of the flow. */
export function ApplyActions({ primary, onPrevious, onSaveDraft, saving }: Props) {
  const { t } = useTranslation();
  return (
    <div className="apply-actions">
      <div className="apply-actions-main">
        {onPrevious && (
          <Button size="large" onClick={onPrevious}>
            {t('apply.previous')}
          </Button>
        )}
        <Button
          type="primary"
          size="large"
          htmlType={primary.onClick ? 'button' : 'submit'}
          onClick={primary.onClick}
          loading={primary.loading}
        >
          {primary.label}
        </Button>
      </div>
      {onSaveDraft && (
        <Button type="link" onClick={onSaveDraft} loading={saving} className="apply-save">
          {t('apply.saveDraft')}
        </Button>
      )}
    </div>
  );
}
