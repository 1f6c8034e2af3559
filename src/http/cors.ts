/**
 * Which browser pages may call /graphql. Pages on the API's own origin always may; pages on the
 * origins listed in SUPPLYGRAPH_CORS_ORIGINS get CORS headers (and preflight answers); a page on any
 * other origin is refused by the server itself, 403 FORBIDDEN with a message that names
 * SUPPLYGRAPH_CORS_ORIGINS. That refusal carries CORS headers, and its preflight is answered, so
 * the page (and its developer) can read why, instead of the browser's bare "Failed to fetch".
 * Nothing runs for a refused request. Clients that are not browsers send no Origin and are not
 * concerned. Apollo's CSRF prevention stays on for the listed origins.
 */
import fastifyCors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GRAPHQL_PATH } from './httpErrors.js';
import type { Logger } from '../logger.js';
import { printable } from '../printable.js';

/**
 * Whether a request with an Origin comes from a page on the API's own origin. Browsers say so in
 * Sec-Fetch-Site, which holds behind a proxy that rewrites Host; without it, Origin's host is
 * compared with Host.
 */
function isSameOrigin(request: FastifyRequest, origin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The Origin of a request from a page the server does not serve: neither its own nor listed. */
function refusedOrigin(request: FastifyRequest, listed: ReadonlySet<string>): string | undefined {
  const origin = request.headers.origin;
  if (origin === undefined || listed.has(origin) || isSameOrigin(request, origin)) return undefined;
  return origin;
}

export async function registerCors(app: FastifyInstance, origins: readonly string[], logger: Logger): Promise<void> {
  const listed = new Set(origins);
  const onGraphql = (request: FastifyRequest) => request.url.split('?')[0] === GRAPHQL_PATH;
  await app.register(fastifyCors, () => (request: FastifyRequest) => {
    const origin = request.headers.origin;
    // A refused origin gets CORS headers too, on /graphql only, so that its page can read the refusal.
    const allow = origin !== undefined && (listed.has(origin) || (onGraphql(request) && refusedOrigin(request, listed) !== undefined));
    return Promise.resolve({
      origin: allow,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id', 'x-supplygraph-stats'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS' || !onGraphql(request)) return;
    const origin = refusedOrigin(request, listed);
    if (origin === undefined) return;
    const shown = printable(origin, 100);
    logger.info({ requestId: String(request.id), origin: shown }, 'origin refused');
    return reply
      .code(403)
      .type('application/json; charset=utf-8')
      .send({
        errors: [
          {
            message: `Pages on ${shown} may not call this API. The server accepts browser requests from its own origin and from the origins listed in SUPPLYGRAPH_CORS_ORIGINS: add ${shown} there (comma-separated) and restart the API.`,
            extensions: { code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' },
          },
        ],
      });
  });
}
