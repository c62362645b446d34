import { useTranslation } from 'react-i18next';
import { stepKinds } from '../../portal/hotline/api';

const KINDS = new Set<string>(stepKinds);

/** A step's name; one the server adds later shows as its code until the interface learns it. */
export function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) => (KINDS.has(kind) ? t(`hotline.kinds.${kind as 'intake'}`) : kind);
}
