import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { roles as knownRoles, type Role } from '../api/types';

export function useRoleLabel() {
  const { t } = useTranslation();
  // A role added on the server before the web knows it still shows, by its code.
  return (role: string) => (knownRoles.includes(role as Role) ? t(`roles.${role as Role}`) : role);
}

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const label = useRoleLabel();
  return (
    <span className="tag-list">
      {roles.map((role) => (
        <Tag key={role} color="geekblue">
          {label(role)}
        </Tag>
      ))}
    </span>
  );
}
