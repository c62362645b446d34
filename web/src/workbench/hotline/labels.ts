import { useTranslation } from 'react-i18next';
import { commandTypes } from '../../portal/hotline/api';

// Timeline kinds: the intake's dispositions and the commands (server/src/modules/hotline/machine.ts).
const KINDS = new Set<string>(['intake', 'direct_answer', 'redirect', ...commandTypes]);

/** A step's name; one the server adds later shows as its code until the interface learns it. */
export function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) => (KINDS.has(kind) ? t(`hotline.kinds.${kind as 'intake'}`) : kind);
}
