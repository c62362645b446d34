import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound, unauthenticated } from '../../platform/errors/index.js';
import { type AppContext, SESSION_COOKIE } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { authService } from './auth-service.js';
import { identityRepository } from './repository.js';
import { actingForBody, loginBody, registerBody, sessionResponse } from './schemas.js';
import { sessionView } from './session-view.js';

export function registerAuthRoutes(app: ZodApp, ctx: AppContext): void {
  const service = authService(ctx);
  const tags = ['auth'];
  const authRateLimit = { max: ctx.config.authRateLimitPerMinute, timeWindow: '1 minute' };

  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.cookieSecure,
      path: '/',
      maxAge: ctx.config.sessionAbsoluteHours * 3600,
    });

  async function viewFor(request: FastifyRequest, token: string) {
    const principal = await ctx.resolvePrincipal(token);
    if (!principal) throw unauthenticated();
    request.principal = principal;
    return sessionView(ctx, principal);
  }

  app.post(
    '/api/v1/auth/register',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        operationId: 'register',
        tags,
        summary: '注册个人或法人账号 / Register a person or organisation',
        body: registerBody,
        response: { 201: sessionResponse, 400: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { token } = await service.register(request, request.body);
      setSessionCookie(reply, token);
      return reply.status(201).send(await viewFor(request, token));
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        operationId: 'login',
        tags,
        summary: '登录 / Log in (staff add a TOTP code)',
        body: loginBody,
        response: { 200: sessionResponse, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const { token } = await service.login(request, request.body);
      setSessionCookie(reply, token);
      return viewFor(request, token);
    },
  );

  app.get(
    '/api/v1/auth/password-policy',
    {
      schema: {
        operationId: 'getPasswordPolicy',
        tags,
        summary: '密码规则 / The password policy, for hints next to password fields',
        response: { 200: z.object({ minLength: z.number().int(), minClasses: z.number().int() }) },
      },
    },
    async () => ({ minLength: ctx.config.passwordMinLength, minClasses: ctx.config.passwordMinClasses }),
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { operationId: 'logout', tags, response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.principal) {
        await ctx.sessions.destroy(request.principal.sessionId);
        await ctx.audit.record({
          ...request.auditFacts(),
          action: 'auth.logout',
          objectType: 'account',
          objectId: request.principal.accountId,
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/session',
    { schema: { operationId: 'getSession', tags, response: { 200: sessionResponse, 401: problemSchema } } },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      return sessionView(ctx, request.principal);
    },
  );

  app.put(
    '/api/v1/auth/acting-for',
    {
      schema: {
        operationId: 'setActingFor',
        tags,
        summary: '以单位经办人身份办事 / Act for an organisation',
        body: actingForBody,
        response: { 200: sessionResponse, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (principal?.kind !== 'person') throw principal ? notFound() : unauthenticated();
      const orgId = request.body.organizationId;
      if (orgId) {
        const orgs = await identityRepository(ctx.db).organizationsOf(principal.accountId);
        if (!orgs.some((o) => o.id === orgId)) throw notFound();
      }
      await ctx.sessions.setActingFor(principal.sessionId, orgId);
      request.principal = await ctx.resolvePrincipal(request.cookies[SESSION_COOKIE]!);
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'auth.act_for',
        objectType: 'organization',
        objectId: orgId,
      });
      return sessionView(ctx, request.principal!);
    },
  );
}
