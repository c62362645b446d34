import { useTranslation } from 'react-i18next';
import { useDepartments, useServiceCenters } from '../../api/directory';
import { type Role, roles } from '../../api/types';
import { useRoleLabel } from '../../shared/RoleTags';

// Applicant roles come with registration, never from the staff administrator.
const staffRoles = roles.filter((role) => role !== 'person' && role !== 'org_agent');

/** Choices for the staff forms: roles, departments and service centres from the public directory. */
export function useStaffOptions() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const departments = useDepartments();
  const centers = useServiceCenters();
  return {
    roles: staffRoles.map((role: Role) => ({ value: role, label: roleLabel(role) })),
    departments: (departments.data ?? []).map((d) => ({
      value: d.id,
      label: t('staff.departmentOption', { name: d.name, division: d.divisionName }),
    })),
    departmentsLoading: departments.isPending,
    centers: (centers.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    centersLoading: centers.isPending,
    statuses: [
      { value: 'active', label: t('staff.statusActive') },
      { value: 'disabled', label: t('staff.statusDisabled') },
    ],
  };
}
