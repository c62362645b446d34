import { Alert, Button, Modal, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TotpSecret } from '../../api/types';

/**
 * The server keeps only what it needs to check codes and never returns the secret again,
 * so this is the one chance to hand it over: it closes only by an explicit acknowledgement.
 */
export function TotpSecretModal({
  secret,
  onClose,
}: {
  secret: (TotpSecret & { name: string }) | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('staff.totpTitle')}
      open={secret !== null}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('staff.totpDone')}
        </Button>
      }
    >
      {secret && (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('staff.totpWarning', { name: secret.name })}
            className="block-gap"
          />
          <Typography.Text strong>{t('staff.totpSecret')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: secret.totpSecret }}>
            <code className="secret">{secret.totpSecret}</code>
          </Typography.Paragraph>
          <div className="totp-qr" role="img" aria-label={t('staff.otpauthUri')}>
            <QRCode value={secret.otpauthUri} size={176} bordered={false} />
          </div>
          <Typography.Text strong>{t('staff.otpauthUri')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: secret.otpauthUri }}>
            <code className="secret secret-uri">{secret.otpauthUri}</code>
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
