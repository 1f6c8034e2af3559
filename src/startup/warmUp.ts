/**
 * Warming up before Ready: the engine plans a statement the first time it sees its text (and
 * parameter types), which costs from a few milliseconds to seconds of CPU, and the first reads
 * of a fresh engine fetch pages from disk. `npm start` therefore runs every documented operation
 * (catalogue.ts) once, in-process, before it prints "Ready", and `/health` answers 503
 * `"warming"` until then, so that neither a person nor a load balancer sends the first request
 * to a cold server.
 *
 * Operations run two at a time (the engine plans a statement on one core), each with a longer
 * timeout than a request's, since planning on a busy machine can take longer. A failure
 * (an id the user's own database does not hold) is reported and the warm-up goes on: it is a cost
 * the first request of that shape will pay, not a reason not to serve.
 */
import { ResearchRepository } from '../modules/research/research.repository.js';
import type { Database } from '../db/database.js';
import { scalarText } from '../db/values.js';
import { ENTITY_KINDS, type EntityKind } from '../model/kinds.js';
import type { DocumentedOperation } from './catalogue.js';

/** How long one warm-up operation may take (planning a large statement on a busy machine is slow). */
export const WARM_UP_OPERATION_TIMEOUT_MS = 120_000;
/** Operations planned at once: the engine plans each statement on one core. */
export const WARM_UP_CONCURRENCY = 2;

/** What runs one GraphQL operation in-process (Server.execute): its error codes, none on success. */
export type Execute = (request: { query: string; variables: Record<string, unknown>; operationName?: string }, timeoutMs: number) => Promise<{ errorCodes: string[] }>;

export interface WarmUpResult {
  ms: number;
  /** Operations run, and the time of each. */
  ran: { source: string; name?: string; ms: number }[];
  /** Operations that answered with errors their documentation does not show (their codes). */
  failed: { source: string; name?: string; codes: string[] }[];
  /** Operations not run (mutations write; the warm-up does not). */
  skipped: { source: string; name?: string; why: string }[];
}

export interface WarmUpStatus {
  state: 'warming' | 'ready';
  done: number;
  of: number;
  ms?: number;
  failed?: number;
}

/** The id of some entity of `kind` (the label comes from the model), or undefined when there is none. */
async function anyIdOf(db: Database, kind: EntityKind): Promise<string | undefined> {
  const [row] = await db.read('warmUp.anyIdOf', `MATCH (n:${kind}) RETURN n.id AS id LIMIT 1`);
  return row ? scalarText(row.id) : undefined;
}

/** The warm-up's progress, which /health reports. */
export class WarmUpProgress {
  private status: WarmUpStatus = { state: 'warming', done: 0, of: 0 };

  get ready(): boolean {
    return this.status.state === 'ready';
  }

  current(): WarmUpStatus {
    return { ...this.status };
  }

  /** Ready without warming up (SUPPLYGRAPH_WARM_UP=false). */
  skip(): void {
    this.status = { state: 'ready', done: 0, of: 0, ms: 0, failed: 0 };
  }

  /** Runs the warm-up; `onProgress` hears about it every few seconds. Never throws. */
  async run({
    db,
    execute,
    operations,
    timeoutMs = WARM_UP_OPERATION_TIMEOUT_MS,
    concurrency = WARM_UP_CONCURRENCY,
    onProgress = () => {},
  }: {
    db: Database;
    execute: Execute;
    operations: DocumentedOperation[];
    timeoutMs?: number;
    concurrency?: number;
    onProgress?: (status: WarmUpStatus) => void;
  }): Promise<WarmUpResult> {
    const started = Date.now();
    const queries = operations.filter((o) => o.type === 'query');
    const result: WarmUpResult = {
      ms: 0,
      ran: [],
      failed: [],
      skipped: operations.filter((o) => o.type !== 'query').map((o) => ({ source: o.source, name: o.name, why: `a ${o.type}: the warm-up writes nothing` })),
    };
    // The reach statements' fixed texts (with and without routes, for each walk) too: the
    // documented operations may not select both kinds.
    const jobs: (() => Promise<void>)[] = [
      async () => {
        try {
          await new ResearchRepository(db).warmUp(timeoutMs);
        } catch {
          result.failed.push({ source: 'the reach statements (research.repository.ts warmUp)', codes: ['PLANNING_FAILED'] });
        }
      },
      ...queries.flatMap((operation) => {
        const run = async (variables: Record<string, unknown>, what = '') => {
          const began = Date.now();
          const source = `${operation.source}${what}`;
          try {
            const { errorCodes } = await execute({ query: operation.query, variables, ...(operation.name ? { operationName: operation.name } : {}) }, timeoutMs);
            if (errorCodes.length > 0 && !operation.answersWithError) result.failed.push({ source, name: operation.name, codes: [...new Set(errorCodes)] });
          } catch (error) {
            result.failed.push({ source, name: operation.name, codes: [error instanceof Error ? error.message : String(error)] });
          }
          result.ran.push({ source, name: operation.name, ms: Date.now() - began });
        };
        const kindVariable = operation.kindVariable;
        if (!kindVariable) return [() => run(operation.variables)];
        // One run per kind, each with an entity of that kind this database holds.
        return ENTITY_KINDS.map((kind) => async () => {
          const id = await anyIdOf(db, kind);
          if (id) await run({ ...operation.variables, [kindVariable]: id }, ` (a ${kind})`);
        });
      }),
    ];
    this.status = { state: 'warming', done: 0, of: jobs.length };
    const ticker = setInterval(() => onProgress(this.current()), 5_000);
    try {
      // A few at a time: planning is one core's work per statement.
      let next = 0;
      const worker = async () => {
        while (next < jobs.length) {
          await jobs[next++]!();
          this.status.done++;
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    } finally {
      clearInterval(ticker);
    }
    result.ms = Date.now() - started;
    this.status = { state: 'ready', done: this.status.done, of: this.status.of, ms: result.ms, failed: result.failed.length };
    return result;
  }
}
