import { z } from 'zod';
import { ROLES, STAFF_ROLES } from '../../platform/permissions/index.js';
import {
  creditCodeSchema,
  idNumberSchema,
  mobileSchema,
  pageOf,
  pageQuery,
  text,
} from '../../platform/validation/index.js';

const password = z.string().min(1).max(128);
const trustLevel = z.union([z.literal(2), z.literal(3), z.literal(4)]);
const role = z.enum(ROLES);

export const registerPersonBody = z.object({
  kind: z.literal('person'),
  name: text(50),
  idNumber: idNumberSchema,
  mobile: mobileSchema,
  password,
});

export const registerOrganizationBody = z.object({
  kind: z.literal('organization'),
  name: text(100),
  creditCode: creditCodeSchema,
  legalRepresentativeName: text(50),
  legalRepresentativeIdNumber: idNumberSchema,
  mobile: mobileSchema,
  password,
});

export const registerBody = z.discriminatedUnion('kind', [registerPersonBody, registerOrganizationBody]);
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.object({
  identifier: text(64).meta({ description: 'ID number, credit code, mobile number or staff username' }),
  password,
  totp: z.string().trim().max(10).optional(),
});

const orgRef = z.object({ id: z.string(), name: z.string(), creditCode: z.string() });

export const sessionResponse = z
  .object({
    account: z.object({
      id: z.string(),
      kind: z.enum(['person', 'organization', 'staff']),
      name: z.string(),
      trustLevel,
      roles: z.array(role),
      maskedIdNumber: z.string().optional(),
      creditCode: z.string().optional(),
      username: z.string().optional(),
      departmentId: z.string().optional(),
      departmentName: z.string().optional(),
      serviceCenterId: z.string().optional(),
      serviceCenterName: z.string().optional(),
    }),
    actingFor: orgRef.nullable(),
    organizations: z.array(orgRef),
  })
  .meta({ id: 'Session' });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const actingForBody = z.object({ organizationId: z.uuid().nullable() });

export const meResponse = z
  .object({
    id: z.string(),
    kind: z.enum(['person', 'organization', 'staff']),
    name: z.string(),
    trustLevel,
    maskedIdNumber: z.string().optional(),
    maskedMobile: z.string().optional(),
    creditCode: z.string().optional(),
    legalRepresentative: z.object({ name: z.string(), maskedIdNumber: z.string() }).optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'MyAccount' });
export type MeResponse = z.infer<typeof meResponse>;

export const updateMeBody = z.object({ mobile: mobileSchema });
export const changePasswordBody = z.object({ currentPassword: password, newPassword: password });
export const trustLevelResponse = z.object({ trustLevel });

export const idParams = z.object({ id: z.uuid() });
export const agentParams = z.object({ id: z.uuid(), personId: z.uuid() });

export const agentItem = z.object({
  personId: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  grantedAt: z.string(),
});
export const agentList = z.object({ items: z.array(agentItem) });
export const addAgentBody = z.object({ name: text(50), idNumber: idNumberSchema });

const staffRole = z.enum(STAFF_ROLES as [string, ...string[]]);
export const staffItem = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    departmentId: z.string(),
    departmentName: z.string(),
    serviceCenterId: z.string().nullable(),
    serviceCenterName: z.string().nullable(),
    roles: z.array(role),
    status: z.enum(['active', 'disabled']),
    maskedMobile: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Staff' });
export type StaffItem = z.infer<typeof staffItem>;

export const staffListQuery = pageQuery.extend({ q: z.string().trim().max(50).optional() });
export const staffPage = pageOf(staffItem);
export const createStaffBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9._-]{2,31}$/),
  name: text(50),
  departmentId: z.uuid(),
  serviceCenterId: z.uuid().nullish(),
  roles: z.array(staffRole).min(1),
  mobile: mobileSchema.optional(),
  password,
});
export const updateStaffBody = z.object({
  roles: z.array(staffRole).min(1).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  departmentId: z.uuid().optional(),
  serviceCenterId: z.uuid().nullable().optional(),
});
export const totpResponse = z.object({ totpSecret: z.string(), otpauthUri: z.string() });
export const createdStaff = z.object({ staff: staffItem, totpSecret: z.string(), otpauthUri: z.string() });

export const personLookupQuery = z.object({ idNumber: idNumberSchema });
export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  trustLevel,
});
export const personList = z.object({ items: z.array(personSummary) });
export const personFile = personSummary.extend({
  maskedMobile: z.string().nullable(),
  createdAt: z.string(),
});
