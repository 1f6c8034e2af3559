/**
 * Checking import rows: each row's shape with the seed's zod schemas (src/model/records.ts), the same
 * checks within a row as src/ingest/seed/validate.ts, and references resolved against the ids of the file
 * and of the database. The registry keeps ids only (a Map from id to a small number), which is
 * the one thing that grows with the file.
 */
import type { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { Statement } from '../../cypher/statement.js';
import { scalarText } from '../../db/values.js';
import { ENTITY_KINDS, kindOfId, isEntityKind, type EntityKind } from '../../model/kinds.js';
import { RELATIONSHIP_TYPES, selfLoopProblem } from '../../model/relationships.js';
import type { EntityItem, RelationshipItem, SourceItem, TradeItem } from '../../model/records.js';
import { relationshipId, tradeObservationId } from '../../model/dataset.js';
import { RECORD_SCHEMAS, type RecordKind } from './records.js';
import { pathText } from '../../printable.js';
import type { RawRecord } from './reader.js';
import type { RowProblem } from '../problems.js';

export type Row =
  | { kind: 'source'; line: number; id: string; value: SourceItem }
  | { kind: 'entity'; line: number; id: string; value: EntityItem }
  | { kind: 'relationship'; line: number; id: string; value: RelationshipItem }
  | { kind: 'trade'; line: number; id: string; value: TradeItem };

/** A row's schema and in-row checks; `row` is set when there are no problems. */
export function checkShape(record: RawRecord): { row?: Row; problems: RowProblem[]; id?: string } {
  const { line, kind } = record;
  const problems = [...record.problems];
  if (!kind || record.unreadable) return { problems };
  const parsed = RECORD_SCHEMAS[kind].safeParse(record.fields, { reportInput: true });
  // The id a bad source or entity row would have defined, so that rows citing it can be told why they are skipped.
  const claimed = (kind === 'source' || kind === 'entity') && typeof record.fields.id === 'string' ? record.fields.id : undefined;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...describeIssue(line, issue, record.fields));
    return { problems, id: claimed };
  }
  const row = toRow(kind, line, parsed.data);
  problems.push(...inRowProblems(row));
  return problems.length > 0 ? { problems, id: claimed } : { row, problems, id: row.id };
}

/** A zod issue as problems with a field path; an unknown field is reported at its own path. */
function describeIssue(line: number, issue: z.core.$ZodIssue, fields: Record<string, unknown>): RowProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const variant = typeof fields.kind === 'string' ? ` of a ${fields.kind}` : typeof fields.type === 'string' ? ` of a ${fields.type} relationship` : '';
    return issue.keys.map((key) => ({ line, path: pathText([...issue.path, key]), message: `not a field${variant}` }));
  }
  let message = issue.message;
  if (issue.code === 'invalid_type' && typeof issue.input === 'string') {
    message += ` (got "${issue.input.length > 40 ? `${issue.input.slice(0, 40)}…` : issue.input}")`;
  }
  return [{ line, path: pathText(issue.path), message }];
}

/**
 * A built id as one flat string. A template literal makes a tree of string parts that keeps the
 * row's own strings alive; kept in the registry for the whole import, that is ~300 bytes an id
 * instead of ~120. Ids are ASCII (the schema's id patterns), so latin1 round-trips them.
 */
function flat(id: string): string {
  return Buffer.from(id, 'latin1').toString('latin1');
}

function toRow(kind: RecordKind, line: number, data: unknown): Row {
  switch (kind) {
    case 'source':
      return { kind, line, id: (data as SourceItem).id, value: data as SourceItem };
    case 'entity':
      return { kind, line, id: (data as EntityItem).id, value: data as EntityItem };
    case 'relationship':
      return { kind, line, id: flat(relationshipId(data as RelationshipItem)), value: data as RelationshipItem };
    case 'trade':
      return { kind, line, id: flat(tradeObservationId(data as TradeItem)), value: data as TradeItem };
  }
}

/** The checks src/ingest/seed/validate.ts makes within one row. */
function inRowProblems(row: Row): RowProblem[] {
  const problems: RowProblem[] = [];
  const at = (path: string, message: string) => problems.push({ line: row.line, path, message });
  if (row.kind === 'relationship') {
    const { type, from, to, validFrom, validTo } = row.value;
    const loop = selfLoopProblem(type, from, to);
    if (loop) at('to', loop);
    if (validFrom && validTo && validTo < validFrom) at('validTo', `validTo ${validTo} is before validFrom ${validFrom}`);
  }
  if (row.kind === 'trade' && row.value.exporter === row.value.importer) at('importer', 'exporter and importer are the same');
  return problems;
}

/** A reference a row makes: the field it is in, the id, and the kinds it may name. */
export interface Reference {
  path: string;
  id: string;
  allowed: readonly EntityKind[];
}

const SOURCE_ONLY: readonly EntityKind[] = ['Source'];
const TRADE_PARTNERS: readonly EntityKind[] = ['Country', 'Region'];
const COMMODITY_ONLY: readonly EntityKind[] = ['Commodity'];
const ORGANIZATION_ONLY: readonly EntityKind[] = ['Organization'];

export function referencesOf(row: Row): Reference[] {
  const refs: Reference[] = [];
  if (row.kind !== 'source') row.value.sources.forEach((id, i) => refs.push({ path: `sources[${i}]`, id, allowed: SOURCE_ONLY }));
  if (row.kind === 'relationship') {
    const spec = RELATIONSHIP_TYPES[row.value.type];
    refs.push({ path: 'from', id: row.value.from, allowed: spec.from }, { path: 'to', id: row.value.to, allowed: spec.to });
  }
  if (row.kind === 'trade') {
    refs.push(
      { path: 'exporter', id: row.value.exporter, allowed: TRADE_PARTNERS },
      { path: 'importer', id: row.value.importer, allowed: TRADE_PARTNERS },
      { path: 'commodity', id: row.value.commodity, allowed: COMMODITY_ONLY },
    );
    if (row.value.statisticalOffice) refs.push({ path: 'statisticalOffice', id: row.value.statisticalOffice, allowed: ORGANIZATION_ONLY });
  }
  return refs;
}

/** The kind a node row defines. */
export function kindOfRow(row: Row): EntityKind | undefined {
  if (row.kind === 'source') return 'Source';
  if (row.kind === 'entity') return row.value.kind;
  if (row.kind === 'trade') return 'TradeObservation';
  return undefined;
}

const KIND_CODE = new Map<EntityKind, number>(ENTITY_KINDS.map((k, i) => [k, i + 1]));
const kindOfCode = (code: number): EntityKind | undefined => ENTITY_KINDS[code - 1];
const CODES = 16;
const kindBit = (kind: EntityKind) => 1 << KIND_CODE.get(kind)!;
const kindBits = (kinds: readonly EntityKind[]) => kinds.reduce((bits, kind) => bits | kindBit(kind), 0);
const ALL_KINDS = kindBits(ENTITY_KINDS);

/** Looks ids up in the database, many per query: the id and its kind for those that exist. */
const LOOKUP_IDS = /* cypher */ `
  // import.lookupIds
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label`;

export const lookupIdsStatement = (ids: string[]): Statement => ({ name: 'import.lookupIds', cypher: LOOKUP_IDS, params: { ids } });

/** Which of the ids the graph being written into already holds, and as what kind. */
export type IdLookup = (ids: string[]) => Promise<Map<string, EntityKind>>;

/** The ids a database holds (one statement per batch of ids). */
export function databaseIds(db: Database): IdLookup {
  return async (ids) => {
    const statement = lookupIdsStatement(ids);
    const found = new Map<string, EntityKind>();
    for (const r of await db.read(statement.name, statement.cypher, statement.params)) if (typeof r.label === 'string' && isEntityKind(r.label)) found.set(scalarText(r.id), r.label);
    return found;
  };
}

/** A problem found with a row other than the one being read (a definition the database contradicts). */
export interface KindProblem {
  kind: RecordKind;
  problem: RowProblem;
}

export type Resolution = { kind: EntityKind } | { skippedAt: number } | undefined;

/**
 * Every id the file defines or refers to. Node ids map to `line * 16 + kind`, relationship ids to
 * their line, failed ids to the line of the row that failed, and database ids to their kind (0:
 * not in the database). Numbers, not objects, so that a million ids take tens of megabytes.
 */
export class Registry {
  private readonly nodes = new Map<string, number>();
  private readonly edges = new Map<string, number>();
  private readonly failed = new Map<string, number>();
  private readonly inDatabase = new Map<string, number>();
  private readonly pending = new Set<string>();
  /** Every id the file's good rows refer to, and the kinds all those references allow (a bit per kind). */
  private readonly referenced = new Map<string, number>();

  constructor(
    private readonly lookup: IdLookup,
    private readonly lookupBatch: number,
  ) {}

  /** Records a good row's id; returns a problem when the id is taken by an earlier row. */
  define(row: Row): RowProblem | undefined {
    if (row.kind === 'relationship') {
      const first = this.edges.get(row.id);
      if (first !== undefined) return { line: row.line, path: 'type', message: `duplicate relationship ${row.id} (first at line ${first}); give one a distinct key` };
      this.edges.set(row.id, row.line);
      return undefined;
    }
    const first = this.firstLine(row.id);
    if (first !== undefined) {
      return { line: row.line, path: row.kind === 'trade' ? 'period' : 'id', message: `duplicate id ${row.id} (first at line ${first})` };
    }
    this.nodes.set(row.id, row.line * CODES + KIND_CODE.get(kindOfRow(row)!)!);
    return undefined;
  }

  private firstLine(id: string): number | undefined {
    const code = this.nodes.get(id);
    return code !== undefined ? Math.floor(code / CODES) : this.failed.get(id);
  }

  /** Marks a source or entity id as not written (its row is bad, or depends on a bad row). */
  fail(id: string, line: number): void {
    if (!this.failed.has(id) && (this.nodes.get(id) === undefined || this.isDefinedAt(id, line))) this.failed.set(id, line);
  }

  /** True when this row is the one that defines its id (not a later duplicate). */
  isDefinedAt(id: string, line: number): boolean {
    const code = this.nodes.get(id);
    if (code !== undefined) return Math.floor(code / CODES) === line;
    return this.edges.get(id) === line;
  }

  isFailed(id: string): boolean {
    return this.failed.has(id);
  }

  /**
   * Remembers a good row's references (an id and the kinds allowed there) and queues the ids to
   * look up in the database, unless the file defines them or they were looked up already.
   */
  async want(refs: readonly Reference[]): Promise<KindProblem[]> {
    for (const { id, allowed } of refs) {
      this.referenced.set(id, (this.referenced.get(id) ?? ALL_KINDS) & kindBits(allowed));
      if (!this.nodes.has(id) && !this.inDatabase.has(id)) this.pending.add(id);
    }
    return this.pending.size >= this.lookupBatch ? this.flush() : [];
  }

  /**
   * True when every reference remembered by `want` names an id of an allowed kind, none of them a
   * failed row's (call after the last flush): then no row has a reference problem, and the rows
   * need not be read again to find one.
   */
  allReferencesResolve(): boolean {
    for (const [id, allowed] of this.referenced) {
      const found = this.resolve(id);
      if (!found || 'skippedAt' in found || (allowed & kindBit(found.kind)) === 0) return false;
    }
    return true;
  }

  /** Queues an id the file defines, to check that the database does not hold it as another kind. */
  async wantDefined(row: Row): Promise<KindProblem[]> {
    const known = this.inDatabase.get(row.id);
    if (known === undefined) {
      this.pending.add(row.id);
      return this.pending.size >= this.lookupBatch ? this.flush() : [];
    }
    // Looked up earlier, as a reference made before this row: check it now.
    const kind = kindOfCode(known);
    const own = kindOfRow(row)!;
    if (kind && kind !== own) {
      this.failed.set(row.id, row.line);
      return [{ kind: row.kind, problem: { line: row.line, path: 'id', message: `${row.id} already exists in the database as a ${kind}, not a ${own}` } }];
    }
    return [];
  }

  /** Looks up the queued ids. */
  async flush(): Promise<KindProblem[]> {
    if (this.pending.size === 0) return [];
    const ids = [...this.pending];
    this.pending.clear();
    const found = await this.lookup(ids);
    const problems: KindProblem[] = [];
    for (const id of ids) {
      const kind = found.get(id);
      const code = this.nodes.get(id);
      // An id the file defines only needs remembering when the database has it as another kind.
      if (code !== undefined) {
        const own = kindOfCode(code % CODES)!;
        if (kind && kind !== own) {
          const line = Math.floor(code / CODES);
          problems.push({ kind: own === 'Source' ? 'source' : 'entity', problem: { line, path: 'id', message: `${id} already exists in the database as a ${kind}, not a ${own}` } });
          this.failed.set(id, line);
        }
        continue;
      }
      this.inDatabase.set(id, kind ? KIND_CODE.get(kind)! : 0);
    }
    return problems;
  }

  /** What an id names: a kind, a skipped row, or nothing known. */
  resolve(id: string): Resolution {
    const failedAt = this.failed.get(id);
    if (failedAt !== undefined) return { skippedAt: failedAt };
    const code = this.nodes.get(id) ?? this.inDatabase.get(id);
    const kind = code ? kindOfCode(code % CODES) : undefined;
    return kind ? { kind } : undefined;
  }

  /** Problems with a row's references; `dependents` lists those that name a skipped row. */
  checkReferences(row: Row): { problems: RowProblem[]; dependsOn: RowProblem[] } {
    const problems: RowProblem[] = [];
    const dependsOn: RowProblem[] = [];
    for (const ref of referencesOf(row)) {
      const found = this.resolve(ref.id);
      const at = (message: string) => ({ line: row.line, path: ref.path, message });
      if (found === undefined) {
        if (ref.allowed === SOURCE_ONLY) problems.push(at(`unknown source ${ref.id} (not in this file or the database)`));
        else problems.push(at(`unknown id ${ref.id}${kindOfId(ref.id) ? ' (not in this file or the database)' : ' (its prefix names no kind)'}`));
      } else if ('skippedAt' in found) {
        dependsOn.push(at(`refers to ${ref.id}, whose row (line ${found.skippedAt}) is skipped`));
      } else if (!ref.allowed.includes(found.kind)) {
        problems.push(at(ref.allowed === SOURCE_ONLY ? `${ref.id} is a ${found.kind}, not a Source` : `${ref.id} is a ${found.kind}; expected ${ref.allowed.join(' or ')}`));
      }
    }
    return { problems, dependsOn };
  }
}
