import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import { ProblemError } from '../errors/index.js';

/** `tileOrigins`: where an optional basemap's tiles come from (BASEMAP_URL); the maps fetch them. */
export async function registerSecurity(
  app: FastifyInstance,
  redis: Redis | undefined,
  tileOrigins: string[] = [],
): Promise<void> {
  // helmet itself, built once: @fastify/helmet built it again for every request (re-reading the
  // CSP's directives), a twentieth of an inbox request's time in a profile (2026-11-27).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS into <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigins],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...tileOrigins],
        // Same origin only: the workbench shows an application's PDF materials in a frame of its
        // own page; every other site is still kept from framing ours (clickjacking).
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  // Limits apply only where a route opts in (authentication); with REDIS_URL the
  // counters are shared by every server process.
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'onewindow-rl:' } : {}),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.ceil(context.ttl / 1000);
      return new ProblemError(429, 'error.rate_limited', { params: { seconds } });
    },
  });
}
