import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type IconButtonProps, TranslatableString, type WidgetProps } from '@rjsf/utils';
import { Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** "Add a row" as words, not a bare icon stretched across a phone screen. */
export function AddButton({ registry, onClick, disabled, id, className }: IconButtonProps) {
  return (
    <Button id={id} className={className} onClick={onClick} disabled={disabled} icon={<PlusOutlined />}>
      {registry.translateString(TranslatableString.AddItemButton)}
    </Button>
  );
}

function fileName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /;name=([^;,]*)/.exec(value);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      // Keep the file's name inside the data URL, as rjsf's own file widget does.
      resolve(String(reader.result).replace(';base64,', `;name=${encodeURIComponent(file.name)};base64,`));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Files (format data-url). The native input stays the labelled control, visually hidden, so the
 * field's label still opens it; the visible button and text speak the interface language.
 */
export function FileWidget(props: WidgetProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const name = fileName(props.value);
  const disabled = props.disabled || props.readonly;

  return (
    <div className="file-widget">
      <input
        ref={input}
        id={props.id}
        type="file"
        className="visually-hidden"
        disabled={disabled}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          props.onChange(file ? await readAsDataUrl(file) : undefined);
        }}
      />
      <Button icon={<UploadOutlined />} disabled={disabled} onClick={() => input.current?.click()}>
        {t('sampleForm.ui.chooseFile')}
      </Button>
      <span className="file-widget-name">{name ?? t('sampleForm.ui.noFile')}</span>
      {props.value && !disabled && (
        <Button
          type="link"
          onClick={() => {
            if (input.current) input.current.value = '';
            props.onChange(undefined);
          }}
        >
          {t('sampleForm.ui.remove')}
        </Button>
      )}
    </div>
  );
}
