/**
 * A small typed client for supplygraph: give it one of the documents generated from
 * client/operations/*.graphql and its variables, and the result is typed from that document.
 *
 *   import { createClient, SearchDocument } from './client/index.js';
 *   const client = createClient({ url: 'http://localhost:4000/graphql' });
 *   const { search } = await client.request(SearchDocument, { text: 'magnets' });
 *   search?.[0]?.entity.name; // string
 *
 * Only `fetch` is needed (browsers, Node 18+). `request` throws a SupplygraphError carrying each
 * error's `extensions.code`; `execute` returns partial data next to the errors instead.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print } from 'graphql';

export * from './generated/graphql.js';
export type { TypedDocumentNode };

/** One entry of a response's `errors`, as supplygraph sends it (docs/API.md lists the codes). */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A whole response: `data` may be partial (a root field null) when `errors` is not empty. */
export interface ExecutionResult<TData> {
  data: TData | null;
  errors: GraphQLErrorEntry[];
  /** The HTTP status, e.g. 400 for a document that does not validate. */
  status: number;
}

/** Thrown by `request` when the response has errors (or is not a GraphQL response at all). */
export class SupplygraphError extends Error {
  /** The first error's code (`NOT_FOUND`, `BAD_USER_INPUT`, …), or `NETWORK_ERROR`. */
  readonly code: string;
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'SupplygraphError';
    this.code = errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  }
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql` or `/graphql` in a page served by the API. */
  url: string;
  /** Extra headers on every request (e.g. `Authorization: Bearer <key>` for writes); a function is called per request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** A fetch implementation; default: the global one. */
  fetch?: typeof fetch;
}

/** Variables are optional exactly when the operation has no required variable. */
type VariablesArgs<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables, init?: RequestInit] : [variables: TVariables, init?: RequestInit];

export interface SupplygraphClient {
  /** Runs an operation; resolves to its typed data, or throws SupplygraphError if any error came back. */
  request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, ...args: VariablesArgs<TVariables>): Promise<TData>;
  /** Runs an operation; resolves to the data (possibly partial) and the errors, without throwing for GraphQL errors. */
  execute<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, ...args: VariablesArgs<TVariables>): Promise<ExecutionResult<TData>>;
}

const printed = new WeakMap<object, string>();
function textOf(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function operationName(document: TypedDocumentNode<unknown, never>): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createClient(options: ClientOptions): SupplygraphClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables, init]: VariablesArgs<TVariables>
  ): Promise<ExecutionResult<TData>> {
    const headers = typeof options.headers === 'function' ? options.headers() : (options.headers ?? {});
    let response: Response;
    try {
      response = await doFetch(options.url, {
        ...init,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query: textOf(document), operationName: operationName(document), variables: variables ?? {} }),
      });
    } catch (error) {
      return { data: null, errors: [{ message: `The API could not be reached: ${String(error)}`, extensions: { code: 'NETWORK_ERROR' } }], status: 0 };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (!isObject(body) || !('data' in body || 'errors' in body)) {
      return { data: null, errors: [{ message: `Not a GraphQL response (HTTP ${response.status}).`, extensions: { code: 'NETWORK_ERROR' } }], status: response.status };
    }
    const errors = Array.isArray(body.errors) ? (body.errors as GraphQLErrorEntry[]) : [];
    // The server's response to this document has this document's shape (that is what codegen checked).
    const data = isObject(body.data) ? (body.data as TData) : null;
    return { data, errors, status: response.status };
  }

  return {
    execute,
    async request(document, ...args) {
      const result = await execute(document, ...args);
      if (result.errors.length > 0 || result.data === null) {
        throw new SupplygraphError(result.errors.length > 0 ? result.errors : [{ message: 'No data in the response.' }], result.status);
      }
      return result.data;
    },
  };
}
