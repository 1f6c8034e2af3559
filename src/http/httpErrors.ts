/**
 * Every HTTP error answer in GraphQL's shape, `{ "errors": [{ "message", "extensions": { "code" } }] }`,
 * whatever failed: a body that is not JSON or is empty (400 BAD_USER_INPUT), too large (413
 * PAYLOAD_TOO_LARGE), of a type the server does not read (415 UNSUPPORTED_MEDIA_TYPE, text/plain
 * included), a method /graphql does not take (405 METHOD_NOT_ALLOWED; a mutation sent with GET too,
 * see server.ts), an unknown path (404 NOT_FOUND), a URL and headers too large for Node's parser
 * (431 PAYLOAD_TOO_LARGE, answerClientError), a client past its rate limit (429 RATE_LIMITED, with
 * Retry-After).
 *
 * And GraphQL-over-HTTP's status codes: a well-formed request whose document does not parse or
 * validate, or whose variables do not coerce, is answered 200 when the response is
 * `application/json` (what clients that predate the spec expect), and 400 when it is
 * `application/graphql-response+json`.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { printable } from '../printable.js';

export const GRAPHQL_PATH = '/graphql';

/** `reason`s of request errors that a well-formed GraphQL-over-HTTP request can meet. */
const DOCUMENT_REASONS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_NOT_SUPPORTED']);

interface HttpAnswer {
  status: number;
  code: ErrorCode;
  message: string;
  reason?: string;
  retryAfterSeconds?: number;
}

/** A client past its rate limit (server.ts, @fastify/rate-limit); the plugin has set Retry-After. */
export class RateLimitedError extends Error {
  readonly statusCode = 429;
  constructor(
    readonly retryAfterSeconds: number,
    readonly perMinute: number,
    readonly per: 'API key' | 'address',
  ) {
    super('rate limited');
    this.name = 'RateLimitedError';
  }
}

function answerFor(error: FastifyError | RateLimitedError): HttpAnswer {
  if (error instanceof RateLimitedError) {
    return {
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterSeconds: error.retryAfterSeconds,
      message: `Too many requests from this ${error.per}: at most ${error.perMinute} a minute. Try again in ${error.retryAfterSeconds} s (Retry-After); an API key has a limit of its own.`,
    };
  }
  const status = error.statusCode ?? 500;
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'BAD_USER_INPUT', reason: 'INVALID_JSON_BODY', message: 'The request body is not valid JSON. Send {"query": "…", "variables": {…}} with content-type application/json.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'BAD_USER_INPUT', reason: 'EMPTY_BODY', message: 'The request body is empty. Send {"query": "…"} with content-type application/json.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large. See the limits in docs/API.md.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return status === 415
        ? { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported content-type: send application/json (or GET with ?query=).' }
        : { status: 400, code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST', message: 'The request body does not match its content-length.' };
    default:
      if (status === 413) return { status, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large. See the limits in docs/API.md.' };
      if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported content-type: send application/json (or GET with ?query=).' };
      if (status >= 400 && status < 500) return { status, code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST', message: 'The HTTP request is malformed.' };
      return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error. It has been logged; quote the request id when reporting it.' };
  }
}

function errorsBody(answer: HttpAnswer, requestId?: string) {
  const extensions: Record<string, unknown> = { code: answer.code };
  if (answer.reason) extensions.reason = answer.reason;
  if (answer.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = answer.retryAfterSeconds;
  if (answer.code === 'INTERNAL_SERVER_ERROR' && requestId) extensions.requestId = requestId;
  return { errors: [{ message: answer.message, extensions }] };
}

/**
 * Requests Node's HTTP parser refuses before any route sees them (Fastify's `clientErrorHandler`):
 * a URL and headers over Node's 16 KB (a long query in a GET's query string), a request that does
 * not arrive in time, a malformed request line. Answered in GraphQL's shape too, then the
 * connection is closed (the parser cannot go on reading it).
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer: HttpAnswer =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? { status: 431, code: 'PAYLOAD_TOO_LARGE', reason: 'HEADERS_TOO_LARGE', message: 'The URL and headers are too large (at most 16 KB in all). Send a long query with POST, as JSON in the body.' }
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? { status: 408, code: 'BAD_USER_INPUT', reason: 'REQUEST_TIMEOUT', message: 'The request did not arrive in time.' }
        : { status: 400, code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST', message: 'The HTTP request is malformed.' };
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(errorsBody(answer));
  socket.end(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** Installs the error and not-found handlers and the status rule; call before registering routes. */
export function installHttpErrors(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler((error: FastifyError | RateLimitedError, request, reply) => {
    const answer = answerFor(error);
    const requestId = String(request.id);
    if (answer.status >= 500) logger.error({ err: error, requestId, url: printable(request.url, 200) }, 'request failed');
    else logger.info({ requestId, code: answer.code, reason: answer.reason ?? ('code' in error ? error.code : undefined), status: answer.status }, 'request refused');
    void reply.code(answer.status).type('application/json; charset=utf-8').send(errorsBody(answer, requestId));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (path === GRAPHQL_PATH) {
      void reply
        .code(405)
        .header('allow', 'GET, POST')
        .type('application/json; charset=utf-8')
        .send({ errors: [{ message: `${request.method} is not allowed on ${GRAPHQL_PATH}: use POST (or GET for queries).`, extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
      return;
    }
    void reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send({ errors: [{ message: 'Nothing here. GraphQL is at /graphql, the IDE at /graphiql, health at /health.', extensions: { code: 'NOT_FOUND' } }] });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 400 || request.url.split('?')[0] !== GRAPHQL_PATH) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
    if (text === undefined) return payload;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return payload;
    }
    const errors = (body as { errors?: { extensions?: { code?: unknown; reason?: unknown } }[] } | null)?.errors;
    if (!Array.isArray(errors) || errors.length === 0) return payload;
    const documentErrors = errors.every((e) => {
      const reason = e.extensions?.reason;
      const code = e.extensions?.code;
      // Variable coercion failures carry BAD_USER_INPUT without a reason; document limits are validation too.
      return (typeof reason === 'string' && DOCUMENT_REASONS.has(reason)) || (code === 'BAD_USER_INPUT' && reason === undefined) || code === 'QUERY_TOO_COMPLEX';
    });
    if (documentErrors) void reply.code(200);
    return payload;
  });
}
