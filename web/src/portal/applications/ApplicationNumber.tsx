import './applications.css';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applicationNoGroups } from '../../shared/applicationNo';

/**
 * 办件编号 set large, in monospace and in groups (440600 20261126 00000001 3), so it can be read
 * out over the phone and copied by hand. The groups are spacing, not spaces: selecting and
 * copying the text gives the number itself, as the copy button does.
 */
interface Props {
  value: string;
  size?: 'large' | 'medium' | 'small';
  /** Lists leave the copy button to the detail page. */
  copyable?: boolean;
}

export function ApplicationNumber({ value, size = 'large', copyable = true }: Props) {
  const { t } = useTranslation();
  return (
    <span className={`application-no application-no-${size}`}>
      <span className="application-no-digits" data-application-no={value}>
        {applicationNoGroups(value).map((group, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the groups are fixed positions of one number
          <span key={i} className="application-no-group">
            {group}
          </span>
        ))}
      </span>
      {copyable && (
        <Typography.Text
          copyable={{
            text: value,
            // The tooltips name the button (aria-label); the words beside the icon show what it does.
            tooltips: [t('confirmation.copy'), t('confirmation.copied')],
            icon: [
              <span key="copy" className="application-no-copy-label">
                <CopyOutlined /> {t('confirmation.copyShort')}
              </span>,
              <span key="copied" className="application-no-copy-label">
                <CheckOutlined /> {t('confirmation.copied')}
              </span>,
            ],
          }}
          className="application-no-copy"
        />
      )}
    </span>
  );
}
