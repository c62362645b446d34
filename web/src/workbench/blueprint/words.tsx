// The blueprint's words on screen: the rules, verdicts and results as tags in their colours, and
// a layer's name in the interface language.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckOutcome, Layer, Rule, Verdict } from '../../api/blueprint';
import { currentLanguage } from '../../i18n';

const RULE_COLOURS: Record<Rule, string> = {
  forbidden: 'red',
  restricted: 'orange',
  allowed: 'green',
  informational: 'blue',
};

const VERDICT_COLOURS: Record<Verdict, string> = {
  conflict: 'error',
  conditional: 'warning',
  pass: 'success',
  info: 'processing',
};

export function RuleTag({ rule }: { rule: Rule }) {
  const { t } = useTranslation();
  return <Tag color={RULE_COLOURS[rule]}>{t(`blueprint.rule.${rule}`)}</Tag>;
}

export function VerdictTag({ verdict }: { verdict: Verdict | CheckOutcome }) {
  const { t } = useTranslation();
  return <Tag color={VERDICT_COLOURS[verdict]}>{t(`blueprint.verdict.${verdict}`)}</Tag>;
}

/** The layer's English name in English (when it has one), else its Chinese one. */
export function useLayerName() {
  useTranslation();
  const english = currentLanguage() === 'en-US';
  return (layer: Pick<Layer, 'name'> & Partial<Pick<Layer, 'nameEn'>>) =>
    english && layer.nameEn ? layer.nameEn : layer.name;
}

/** A conflict's kind, the pair of element classes (basic_farmland/urban_boundary), in words. */
export function useConflictKind() {
  const { t } = useTranslation();
  return (kind: string) =>
    kind
      .split('/')
      .map((c) => t(`blueprint.elementClass.${c}`, { defaultValue: c }))
      .join(' × ');
}
