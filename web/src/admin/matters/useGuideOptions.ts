import { useTranslation } from 'react-i18next';
import {
  audiences,
  channels,
  crossRegions,
  licenseHolders,
  materialForms,
  materialRequirements,
  materialSourceKinds,
  matterLevels,
  matterTypes,
  onlineDepths,
  registryHolders,
  themes,
} from '../../api/catalogueTypes';
import { useDepartments, useServiceCenters } from '../../api/directory';

/** Choices of the guide editor, labelled in the interface language. */
export function useGuideOptions() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const centers = useServiceCenters();
  return {
    types: matterTypes.map((value) => ({ value, label: t(`vocab.matterType.${value}`) })),
    levels: matterLevels.map((value) => ({ value, label: t(`vocab.level.${value}`) })),
    audiences: audiences.map((value) => ({ value, label: t(`vocab.audience.${value}`) })),
    themes: themes.map((value) => ({ value, label: t(`vocab.theme.${value}`) })),
    depths: onlineDepths.map((value) => ({ value, label: t(`vocab.onlineDepth.${value}`) })),
    channels: channels.map((value) => ({ value, label: t(`vocab.channel.${value}`) })),
    crossRegions: crossRegions.map((value) => ({ value, label: t(`vocab.crossRegion.${value}`) })),
    materialForms: materialForms.map((value) => ({ value, label: t(`vocab.materialForm.${value}`) })),
    requirements: materialRequirements.map((value) => ({ value, label: t(`vocab.requirement.${value}`) })),
    sourceKinds: materialSourceKinds.map((value) => ({ value, label: t(`vocab.sourceKind.${value}`) })),
    licenseHolders: licenseHolders.map((value) => ({ value, label: t(`vocab.licenseHolder.${value}`) })),
    registryHolders: registryHolders.map((value) => ({ value, label: t(`vocab.registryHolder.${value}`) })),
    // Guides name their department by code (FS-RS), which stays stable across deployments.
    departments: (departments.data ?? []).map((d) => ({
      value: d.code,
      label: t('editor.departmentOption', { name: d.name, code: d.code }),
    })),
    departmentsLoading: departments.isPending,
    places: (centers.data ?? []).map((c) => ({ value: c.name, label: c.name })),
  };
}
