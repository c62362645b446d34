import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ProblemError, sendProblem } from '../errors/index.js';

/** Serves the built web app; unknown non-API paths get index.html for client-side routing. */
export async function registerWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  if (webDist) {
    const assets = path.join(webDist, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: 'index.html',
      // The build names every asset by its content's hash: a browser may keep it for a year without
      // asking again (on a phone, one round trip fewer per asset of each page opened). index.html,
      // which names them, is checked every time.
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader(
          'cache-control',
          file.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
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
