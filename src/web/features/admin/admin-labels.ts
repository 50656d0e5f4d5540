import type { OrganisationType, Role } from '../../../shared/enums.ts';
import type { Translate } from '../../i18n/index.tsx';

export function roleLabel(t: Translate, role: Role): string {
  return t(`role.${role}`);
}

export function rolesLabel(t: Translate, roles: readonly Role[]): string {
  return roles.map((role) => roleLabel(t, role)).join(', ');
}

export function organisationTypeLabel(t: Translate, type: OrganisationType): string {
  return t(`orgType.${type}`);
}

export const organisationPath = (id: string) => `/admin/organisations/${encodeURIComponent(id)}`;
