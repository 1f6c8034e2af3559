/**
 * Writing import rows: each batch becomes graph rows through src/model/dataset.ts's toDataset (the one
 * place items become nodes and relationships) and is written through src/db/upsert.ts, like the
 * seed and the API's mutations, in a write transaction per batch.
 */
import type { Database, Transaction } from '../../db/database.js';
import type { Statement } from '../../cypher/statement.js';
import { scalarText } from '../../db/values.js';
import { writeDatasetIn, type WriteCounts, type WriteSummary } from '../../db/upsert.js';
import { toDataset } from '../../model/dataset.js';
import type { EntityItem, RelationshipItem, SourceItem, TradeItem } from '../../model/records.js';
import type { Row } from './check.js';

export type { WriteCounts };
/** Counts per node kind or relationship type, as written. */
export type CountsByLabel = WriteSummary;

const NAMES = /* cypher */ `
  // import.names
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN n.id AS id, n.name AS name`;

/** Looks up the names of the ids a batch's trade observations are named after. */
export const namesStatement = (ids: string[]): Statement => ({ name: 'import.names', cypher: NAMES, params: { ids } });

function add(into: CountsByLabel, key: string, result: { created?: unknown; updated?: unknown; unchanged?: unknown } | undefined): void {
  const c = (into[key] ??= { created: 0, updated: 0, unchanged: 0 });
  c.created += Number(result?.created ?? 0);
  c.updated += Number(result?.updated ?? 0);
  c.unchanged += Number(result?.unchanged ?? 0);
}

/** Writes one batch of rows in one transaction: nodes (by kind) first, then relationships (by type). */
async function writeBatch(tx: Transaction, rows: Row[]): Promise<CountsByLabel> {
  // Trade observations are named after their exporter, importer and commodity, which are in the database by now.
  const wanted = new Set<string>();
  for (const row of rows) if (row.kind === 'trade') wanted.add(row.value.exporter).add(row.value.importer).add(row.value.commodity);
  const names = new Map<string, string>();
  if (wanted.size > 0) {
    const statement = namesStatement([...wanted]);
    for (const r of await tx.run(statement.cypher, statement.params)) names.set(scalarText(r.id), scalarText(r.name));
  }
  const items = { sources: [] as SourceItem[], entities: [] as EntityItem[], relationships: [] as RelationshipItem[], trade: [] as TradeItem[] };
  for (const row of rows) {
    if (row.kind === 'source') items.sources.push(row.value);
    else if (row.kind === 'entity') items.entities.push(row.value);
    else if (row.kind === 'relationship') items.relationships.push(row.value);
    else items.trade.push(row.value);
  }
  return writeDatasetIn(tx, toDataset(items, (id) => names.get(id) ?? id));
}

/** Where checked rows go, batch by batch: the database (BatchWriter) or a bulk load's files (bulk.ts). */
export interface RowSink {
  submit(rows: Row[]): Promise<void>;
  /** Waits for the batches submitted so far; rethrows a failure. */
  wait(): Promise<void>;
  /** Batches done so far. */
  readonly committed: number;
  readonly counts: CountsByLabel;
}

/**
 * Writes batches one transaction each, keeping one batch in flight so that the next batch is read
 * and checked while the database writes this one. Counts are added only once a transaction has
 * committed (a retried transaction is not counted twice).
 */
export class BatchWriter implements RowSink {
  private inFlight: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;
  /** Batches committed so far. */
  committed = 0;
  readonly counts: CountsByLabel = {};

  constructor(private readonly db: Database) {}

  async submit(rows: Row[]): Promise<void> {
    await this.wait();
    this.inFlight = this.db
      // Another import of the same rows may be writing them too: a lost race is retried and then converges.
      .writeTransaction('import.batch', (tx) => writeBatch(tx, rows), { retryConflicts: true, attempts: 12 })
      .then(
        (counts) => {
          for (const [key, c] of Object.entries(counts)) add(this.counts, key, c);
          this.committed++;
        },
        (error: unknown) => {
          this.failure = { error };
        },
      );
  }

  /** Waits for the batch in flight; rethrows its failure. */
  async wait(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    this.inFlight = undefined;
    if (this.failure) throw this.failure.error;
  }
}
