/**
 * The API's errors, one class per kind of refusal. Each carries one of the codes clients can rely
 * on (docs/API.md); the server tells them apart by class (`instanceof`), never by message text.
 * Anything else that escapes a resolver is reported as INTERNAL_SERVER_ERROR with no details.
 */
import { GraphQLError, type ASTNode } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'CONFLICT',
  // HTTP-level answers (src/http/httpErrors.ts): never raised by a resolver.
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'RATE_LIMITED',
  // Too many requests in progress (src/http/queueBound.ts): 503 with Retry-After.
  'SERVER_BUSY',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ApiError extends GraphQLError {
  /** `nodes`: where in the document the problem is (refusals of the document itself). */
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, nodes?: readonly ASTNode[]) {
    super(message, { extensions: { ...extensions, code }, ...(nodes ? { nodes } : {}) });
  }
}

export interface FieldProblem {
  /** Path of the input field, e.g. `input.sources[0]`. */
  path: string;
  message: string;
}

export class BadUserInputError extends ApiError {
  /** `argument` names the offending argument or input field path, e.g. `where.name.in`. */
  constructor(message: string, argument?: string, fields?: FieldProblem[]) {
    super('BAD_USER_INPUT', message, { ...(argument ? { argument } : {}), ...(fields ? { fields } : {}) });
  }
}

/** Every bad field of an input at once, each with its path. */
export class InvalidInputError extends BadUserInputError {
  constructor(fields: FieldProblem[]) {
    super(`Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields[0]?.path, fields);
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} with id "${id}".`, { id });
  }
}

export class DatabaseUnavailableError extends ApiError {
  constructor() {
    super('DATABASE_UNAVAILABLE', 'The database is unavailable right now; try again shortly. /health shows its status.');
  }
}

export class QueryTimeoutError extends ApiError {
  constructor() {
    super('QUERY_TIMEOUT', 'The query took too long and was stopped. Narrow it (fewer hops, a smaller page, a tighter filter).');
  }
}

export class ConflictError extends ApiError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message: string) {
    // Apollo turns extensions.http into the response status and leaves it out of the body.
    super('UNAUTHENTICATED', message, { http: { status: 401 } });
  }
}

export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** A document or an answer beyond the limits (src/http/limits.ts): depth, aliases, worst-case rows, rows. */
export class QueryTooComplexError extends ApiError {
  constructor(message: string, nodes?: readonly ASTNode[], extensions: Record<string, unknown> = {}) {
    super('QUERY_TOO_COMPLEX', message, extensions, nodes);
  }
}
