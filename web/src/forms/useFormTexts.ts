import { type ErrorTransformer, englishStringTranslator, TranslatableString } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';

type ErrorKey =
  | 'required'
  | 'idNumber'
  | 'creditCode'
  | 'mobile'
  | 'file'
  | 'date'
  | 'format'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'maxItems'
  | 'integer'
  | 'choice'
  | 'unique'
  | 'invalid';

const formatKeys: Record<string, ErrorKey> = {
  'id-number': 'idNumber',
  'credit-code': 'creditCode',
  'mobile-cn': 'mobile',
  'data-url': 'file',
  date: 'date',
};

function errorKey(name: string | undefined, params: Record<string, unknown>): ErrorKey {
  switch (name) {
    case 'required':
      return 'required';
    case 'format':
      return formatKeys[String(params.format)] ?? 'format';
    case 'minLength':
      // The server compiles "required" text fields as minLength 1.
      return params.limit === 1 ? 'required' : 'minLength';
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
      return name;
    case 'type':
      return params.type === 'integer' ? 'integer' : 'invalid';
    case 'enum':
    case 'const':
      return 'choice';
    case 'uniqueItems':
      return 'unique';
    default:
      return 'invalid';
  }
}

// Wrappers that only restate their branches' own errors.
const restating = new Set(['if', 'allOf', 'anyOf', 'oneOf', 'not']);

/** Error messages and renderer texts of the application forms, in the interface language. */
export function useFormTexts() {
  const { t } = useTranslation();

  const transformErrors: ErrorTransformer = (errors) =>
    errors
      .filter((error) => !restating.has(error.name ?? ''))
      .map((error) => {
        const params = (error.params ?? {}) as Record<string, unknown>;
        const message = t(`sampleForm.errors.${errorKey(error.name, params)}`, { limit: params.limit });
        return { ...error, message, stack: message };
      });

  const texts: Partial<Record<TranslatableString, string>> = {
    [TranslatableString.ArrayItemTitle]: t('sampleForm.ui.item'),
    [TranslatableString.EmptyArray]: t('sampleForm.ui.emptyArray'),
    [TranslatableString.YesLabel]: t('sampleForm.ui.yes'),
    [TranslatableString.NoLabel]: t('sampleForm.ui.no'),
    [TranslatableString.AddButton]: t('sampleForm.ui.add'),
    [TranslatableString.AddItemButton]: t('sampleForm.ui.addItem'),
    [TranslatableString.RemoveButton]: t('sampleForm.ui.remove'),
    [TranslatableString.MoveUpButton]: t('sampleForm.ui.moveUp'),
    [TranslatableString.MoveDownButton]: t('sampleForm.ui.moveDown'),
    [TranslatableString.CopyButton]: t('sampleForm.ui.copy'),
    [TranslatableString.ClearButton]: t('sampleForm.ui.clear'),
    [TranslatableString.ClearLabel]: t('sampleForm.ui.clear'),
    [TranslatableString.NowLabel]: t('sampleForm.ui.now'),
    [TranslatableString.AriaDateLabel]: t('sampleForm.ui.selectDate'),
    [TranslatableString.PreviewLabel]: t('sampleForm.ui.preview'),
    [TranslatableString.ErrorsLabel]: t('sampleForm.ui.errors'),
    [TranslatableString.CloseLabel]: t('sampleForm.ui.close'),
  };
  const translateString = (key: TranslatableString, params?: string[]) => {
    const text = texts[key];
    return text
      ? englishStringTranslator(text as TranslatableString, params)
      : englishStringTranslator(key, params);
  };

  return { transformErrors, translateString };
}
