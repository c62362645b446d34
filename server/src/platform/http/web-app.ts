import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ProblemError, sendProblem } from '../errors/index.js';

/** Serves the built web app; unknown non-API paths get index.html for client-side routing. */
export async function registerWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  if (webDist) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      !!webDist &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/metrics');
    if (isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendProblem(request, reply, new ProblemError(404, 'error.not_found'));
  });
}
