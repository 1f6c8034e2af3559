/**
 * A bound on the queue: at most `depth` GraphQL requests are in progress in this process at once
 * (being answered, or waiting for a database connection or for the engine's CPU). The next one is
 * answered at once with 503 SERVER_BUSY and `Retry-After`, in GraphQL's shape, instead of joining
 * a queue whose wait would only grow: under a burst, the requests that are served stay fast, and a
 * client (or a load balancer, for another process) knows to retry. /health and the static pages
 * are not counted.
 */
import type { FastifyInstance } from 'fastify';
import { GRAPHQL_PATH } from './httpErrors.js';
import type { Logger } from '../logger.js';

export interface QueueBound {
  /** Requests in progress at once; past it, 503. */
  depth: number;
  /** The `Retry-After` a refused request is given (seconds). */
  retryAfterSeconds: number;
}

export const DEFAULT_QUEUE_BOUND: Readonly<QueueBound> = { depth: 32, retryAfterSeconds: 1 };

/** Installs the bound on /graphql; returns how many requests are in progress (for /health). */
export function installQueueBound(app: FastifyInstance, bound: QueueBound, logger: Logger): () => number {
  let inProgress = 0;
  let refusedSinceLog = 0;
  let lastLog = 0;
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] !== GRAPHQL_PATH || request.method === 'OPTIONS') return;
    if (inProgress >= bound.depth) {
      refusedSinceLog++;
      // One line per second at most: a burst must not also flood the log.
      if (Date.now() - lastLog >= 1_000) {
        logger.warn({ inProgress, depth: bound.depth, refused: refusedSinceLog }, 'busy: requests refused with 503');
        lastLog = Date.now();
        refusedSinceLog = 0;
      }
      return reply
        .code(503)
        .header('retry-after', String(bound.retryAfterSeconds))
        .type('application/json; charset=utf-8')
        .send({
          errors: [
            {
              message: `The server is busy (${bound.depth} requests in progress); retry in ${bound.retryAfterSeconds} s.`,
              extensions: { code: 'SERVER_BUSY', retryAfterSeconds: bound.retryAfterSeconds },
            },
          ],
        });
    }
    inProgress++;
    // 'close' fires once the response is sent or the connection is gone, whichever comes first.
    reply.raw.once('close', () => inProgress--);
  });
  return () => inProgress;
}
