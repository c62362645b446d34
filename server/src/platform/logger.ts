import type { FastifyServerOptions } from 'fastify';

// Personal data never reaches the logs: request bodies are not logged at all, and the
// headers that carry credentials are redacted.
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.replace(/([?&](idNumber|mobile|identifier)=)[^&]*/g, '$1[redacted]'),
        id: req.id,
      }),
    },
  };
}
