/** GraphQL over HTTP to the bench's servers: keep-alive, 127.0.0.1 only. */
import http from 'node:http';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * An answer's data as the bench reads it: the JSON a server sent, shaped by the operation's own
 * query; bench/run.ts compares the sides' readings, which is what checks it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one untyped view of server JSON in the bench, see above
export type Answer = any;

export interface GraphQLResponse {
  status: number;
  /** A GraphQL answer, or the hand-written endpoint's `{ rows }`. */
  body: { data?: Answer; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, Answer>; rows?: Record<string, Answer>[] } | undefined;
  ms: number;
}

export function postGraphQL(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  return postJson(url, { query, variables }, headers);
}

/** A JSON POST (the hand-written endpoint takes `{ params }` and answers `{ rows }`). */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`refusing to send bench traffic to ${target.hostname}: 127.0.0.1 only`);
  const payload = JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const ms = performance.now() - started;
          let body: GraphQLResponse['body'];
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            body = undefined;
          }
          resolve({ status: response.statusCode ?? 0, body, ms });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('request timed out')));
    request.on('error', reject);
    request.end(payload);
  });
}

export const failed = (r: GraphQLResponse) => r.status !== 200 || !r.body || (r.body.errors?.length ?? 0) > 0;
