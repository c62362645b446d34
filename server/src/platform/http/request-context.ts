import type { FastifyInstance } from 'fastify';
import { localeFromHeader } from '../i18n/index.js';
import { type AppContext, auditActorOf } from './context.js';

export const SESSION_COOKIE = 'ow_sid';

export function registerRequestContext(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('principal', null);
  app.decorateRequest('auditFacts', function () {
    return { actor: auditActorOf(this.principal), sourceIp: this.ip, requestId: this.id };
  });
  app.addHook('onRequest', async (request) => {
    request.locale = localeFromHeader(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    request.principal = await ctx.resolvePrincipal(token);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
