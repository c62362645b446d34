import { useTranslation } from 'react-i18next';
import { type Material, materialLimits } from '../../api/catalogueTypes';

/** How a guide states each material fact in words. */
export function useMaterialTexts() {
  const { t } = useTranslation();
  return {
    source: (m: Material) => {
      if (m.source.kind === 'license')
        return t(m.source.holder === 'other_party' ? 'guide.sourceOthersLicense' : 'guide.sourceLicense', {
          name: m.source.licenseType,
        });
      if (m.source.kind === 'shared_data')
        return t(m.source.holder === 'other_party' ? 'guide.sourceOthersShared' : 'guide.sourceShared', {
          name: m.source.dataset,
        });
      return t('guide.sourceApplicant');
    },
    requirement: (m: Material) =>
      m.requirement === 'conditional' && m.condition
        ? t('guide.conditional', { condition: m.condition })
        : t(`vocab.requirement.${m.requirement}`),
    form: (m: Material) => t(`vocab.materialForm.${m.form}`),
    // Materials the government fetches itself have no copies to bring.
    copies: (m: Material) => (m.copies > 0 ? t('guide.copiesValue', { count: m.copies }) : t('common.none')),
    key: (m: Material) => (m.key ? t('guide.keyYes') : t('guide.keyNo')),
    /** How many files of what kind and size an online application may carry for it. */
    limits: (m: Material) => t('materialFiles.limits', materialLimits(m)),
  };
}
