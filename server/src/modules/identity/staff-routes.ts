import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import {
  createdStaff,
  createStaffBody,
  idParams,
  staffItem,
  staffListQuery,
  staffPage,
  totpResponse,
  updateStaffBody,
} from './schemas.js';
import { staffService } from './staff-service.js';

/** Staff accounts are the security administrator's alone (三员分立). */
export function registerStaffRoutes(app: ZodApp, ctx: AppContext): void {
  const service = staffService(ctx);
  const tags = ['staff'];
  const denied = { 401: problemSchema, 403: problemSchema };

  app.get(
    '/api/v1/staff',
    {
      schema: {
        operationId: 'listStaff',
        tags,
        querystring: staffListQuery,
        response: { 200: staffPage, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'staff.read');
      return service.list(request.query.q, request.query.page, request.query.pageSize);
    },
  );

  app.post(
    '/api/v1/staff',
    {
      schema: {
        operationId: 'createStaff',
        tags,
        summary: '创建工作人员账号（返回一次性 TOTP 密钥）/ Create a staff account',
        body: createStaffBody,
        response: { 201: createdStaff, 400: problemSchema, 409: problemSchema, ...denied },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'staff.manage');
      return reply.status(201).send(await service.create(request, request.body));
    },
  );

  app.patch(
    '/api/v1/staff/:id',
    {
      schema: {
        operationId: 'updateStaff',
        tags,
        params: idParams,
        body: updateStaffBody,
        response: { 200: staffItem, 400: problemSchema, 404: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'staff.manage');
      return service.update(request, request.params.id, request.body);
    },
  );

  app.post(
    '/api/v1/staff/:id/totp',
    {
      schema: {
        operationId: 'resetStaffTotp',
        tags,
        params: idParams,
        response: { 200: totpResponse, 404: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'staff.manage');
      return service.resetTotp(request, request.params.id);
    },
  );
}
