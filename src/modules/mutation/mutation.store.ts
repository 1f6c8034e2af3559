/**
 * The write path's data access. Each write is one transaction: read what the checks need, check
 * references and uniqueness, then write through the same statements as the seed loader
 * and the import (src/db/upsert.ts), so an entity written by the API is stored like a seeded one.
 * Inputs are validated with the seed's own zod schemas (src/model/records.ts).
 */
import type { ZodError } from 'zod';
import type { Database, Transaction } from '../../db/database.js';
import { scalarText } from '../../db/values.js';
import { ConflictError, InvalidInputError, NotFoundError, type FieldProblem } from '../../errors.js';
import { isEntityKind, type EntityKind } from '../../model/kinds.js';
import { isRelationshipType, RELATIONSHIP_TYPES, selfLoopProblem } from '../../model/relationships.js';
import { writeDatasetIn } from '../../db/upsert.js';
import { entitySchema, inOwnWords, relationshipSchema, sourceSchema, tradeSchema, type EntityItem, type RelationshipItem } from '../../model/records.js';
import { relationshipId, toDataset, tradeObservationId } from '../../model/dataset.js';
import { citedByStatement, currentRelationshipStatement, kindsOfStatement, lockEntityStatement, lockRelationshipStatement, purgeStatement } from './mutation.queries.js';
import type { Statement } from '../../cypher/statement.js';
import { pathText } from '../../printable.js';

type Input = Record<string, unknown>;

/** Drops null and undefined, so "not given" is one thing. */
const given = (input: Input): Input => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));

function problemsOf(error: ZodError, prefix: string): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    // A field the input does not have is named on its own path, like every other problem.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: pathText([prefix, ...issue.path, key]), message: 'is not a field of this input' }))
      : [{ path: pathText([prefix, ...issue.path]), message: issue.message }],
  );
}

type Schema<T> = { safeParse(v: unknown, params?: { error?: typeof inOwnWords }): { success: true; data: T } | { success: false; error: ZodError } };

function parse<T>(schema: Schema<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value, { error: inOwnWords });
  if (!result.success) throw new InvalidInputError(problemsOf(result.error, prefix));
  return result.data;
}

interface Known {
  label: EntityKind | null;
  name: string | null;
}

const run = (tx: Transaction, statement: Statement) => tx.run(statement.cypher, statement.params);

async function lookUp(tx: Transaction, ids: string[]): Promise<Map<string, Known>> {
  const rows = await run(tx, kindsOfStatement(ids));
  return new Map(rows.map((r) => [scalarText(r.id), { label: (r.label as EntityKind | null) ?? null, name: (r.name as string | null) ?? null }]));
}

/** Checks that each referenced id exists with an allowed kind; collects every problem. */
function checkRefs(known: Map<string, Known>, refs: { path: string; id: string; allowed: readonly EntityKind[] }[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const ref of refs) {
    const label = known.get(ref.id)?.label;
    if (!label) problems.push({ path: ref.path, message: `unknown id ${ref.id}` });
    else if (!ref.allowed.includes(label)) problems.push({ path: ref.path, message: `${ref.id} is a ${label}; expected ${ref.allowed.join(' or ')}` });
  }
  return problems;
}

const sourceRefs = (sources: string[], path: string) => sources.map((id, i) => ({ path: `${path}[${i}]`, id, allowed: ['Source'] as const }));

/** The fields an entity of this kind may have, from the seed schema. */
function entityFields(kind: EntityKind): string[] {
  const option = entitySchema.options.find((o) => o.shape.kind.value === kind);
  return option ? Object.keys(option.shape) : [];
}

function fail(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new InvalidInputError(problems);
}

export class MutationStore {
  constructor(private readonly db: Database) {}

  async addSource(input: Input): Promise<string> {
    const source = parse(sourceSchema, given(input), 'input');
    return this.db.writeTransaction('mutation.addSource', async (tx) => {
      const known = await lookUp(tx, [source.id]);
      if (known.get(source.id)?.label) throw new ConflictError(`The id ${source.id} is already taken.`);
      await writeDatasetIn(tx, toDataset({ sources: [source] }, () => undefined), { createOnly: new Set([source.id]), path: 'input' });
      return source.id;
    }).catch(raceLost(`The id ${source.id} is already taken.`));
  }

  /** `at` is where the fields sit in the mutation's input, for the paths of field problems. */
  async createEntity(input: Input & { kind: EntityKind }, at = 'input'): Promise<string> {
    const entity = parse<EntityItem>(entitySchema, given(input), at);
    return this.db.writeTransaction('mutation.createEntity', async (tx) => {
      const known = await lookUp(tx, [entity.id, ...entity.sources]);
      if (known.get(entity.id)?.label) throw new ConflictError(`The id ${entity.id} is already taken.`);
      fail(checkRefs(known, sourceRefs(entity.sources, `${at}.sources`)));
      await writeDatasetIn(tx, toDataset({ entities: [entity] }, () => undefined), { createOnly: new Set([entity.id]), path: at });
      return entity.id;
    }).catch(raceLost(`The id ${entity.id} is already taken.`));
  }

  async updateEntity(id: string, patch: Input): Promise<string> {
    return this.db.writeTransaction('mutation.updateEntity', async (tx) => {
      // Locked before it is read: concurrent updates of this entity apply one after the other.
      const [current] = await run(tx, lockEntityStatement(id));
      if (!current) throw new NotFoundError('entity', id);
      const kind = current.label as EntityKind;
      if (!isEntityKind(kind) || kind === 'Source' || kind === 'TradeObservation') {
        throw new InvalidInputError([{ path: 'id', message: `${id} is a ${kind}; sources and trade observations are not edited with updateEntity` }]);
      }
      const fields = entityFields(kind);
      const stored = Object.fromEntries(Object.entries(current.props as Input).filter(([k]) => fields.includes(k)));
      const { sources: added, ...changes } = given(patch) as Input & { sources: string[] };
      const unknown = Object.keys(changes).filter((k) => !fields.includes(k));
      fail(unknown.map((k) => ({ path: `input.${k}`, message: `a ${kind} has no field ${k}` })));
      const sources = [...new Set([...(current.sources as string[]), ...(added ?? [])])];
      const entity = parse<EntityItem>(entitySchema, { ...stored, ...changes, id, kind, sources }, 'input');
      const known = await lookUp(tx, added ?? []);
      fail(checkRefs(known, sourceRefs(added ?? [], 'input.sources')));
      await writeDatasetIn(tx, toDataset({ entities: [entity] }, () => undefined), { cites: added ?? [], path: 'input' });
      return id;
    });
  }

  async addRelationship(input: Input): Promise<{ id: string; to: string }> {
    const relationship = parse<RelationshipItem>(relationshipSchema, given(input), 'input');
    const id = relationshipId(relationship);
    const exists = `The relationship ${id} already exists; update it, or give the new one a distinct key.`;
    return this.db.writeTransaction('mutation.addRelationship', async (tx) => {
      const spec = RELATIONSHIP_TYPES[relationship.type];
      const known = await lookUp(tx, [relationship.from, relationship.to, ...relationship.sources]);
      fail([
        ...checkRefs(known, [
          { path: 'input.from', id: relationship.from, allowed: spec.from },
          { path: 'input.to', id: relationship.to, allowed: spec.to },
          ...sourceRefs(relationship.sources, 'input.sources'),
        ]),
        ...validityProblems(relationship),
        ...selfLoop(relationship),
      ]);
      if ((await run(tx, currentRelationshipStatement(relationship.type, id))).length > 0) throw new ConflictError(exists);
      await writeDatasetIn(tx, toDataset({ relationships: [relationship] }, () => undefined), { createOnly: new Set([id]), path: 'input' });
      return { id, to: relationship.to };
    }).catch(raceLost(exists));
  }

  /** Merges a patch into a relationship; `sources` are added to its sources. */
  async updateRelationship(id: string, patch: Input): Promise<{ id: string; to: string }> {
    const [from, type, to, key, ...rest] = id.split('|');
    if (!from || !to || !type || !isRelationshipType(type) || rest.length > 0) throw new NotFoundError('relationship', id);
    return this.db.writeTransaction('mutation.updateRelationship', async (tx) => {
      // Locked before it is read: concurrent updates apply one after the other, each adding its
      // sources to those the one before stored.
      const [current] = await run(tx, lockRelationshipStatement(type, id));
      if (!current) throw new NotFoundError('relationship', id);
      const { sources: added, ...changes } = given(patch) as Input & { sources: string[] };
      const { id: _id, sources: stored, ...storedProps } = current.props as Input & { sources: string[] };
      const relationship = parse<RelationshipItem>(
        relationshipSchema,
        { ...storedProps, ...changes, type, from, to, ...(key ? { key } : {}), sources: [...new Set([...(stored ?? []), ...(added ?? [])])] },
        'input',
      );
      const known = await lookUp(tx, added ?? []);
      fail([...checkRefs(known, sourceRefs(added ?? [], 'input.sources')), ...validityProblems(relationship)]);
      await writeDatasetIn(tx, toDataset({ relationships: [relationship] }, () => undefined), { cites: added ?? [], path: 'input' });
      return { id, to };
    });
  }

  async recordTradeObservation(input: Input): Promise<string> {
    const trade = parse(tradeSchema, given({ ...input, changes: (input.changes as Input[] | undefined)?.map(given) }), 'input');
    return this.db.writeTransaction('mutation.recordTradeObservation', async (tx) => {
      const id = tradeObservationId(trade);
      const office = trade.statisticalOffice ? [trade.statisticalOffice] : [];
      const known = await lookUp(tx, [id, trade.exporter, trade.importer, trade.commodity, ...office, ...trade.sources]);
      if (known.get(id)?.label) throw new ConflictError(`A trade observation for this flow and period already exists: ${id}.`);
      fail([
        ...checkRefs(known, [
          { path: 'input.exporter', id: trade.exporter, allowed: ['Country', 'Region'] },
          { path: 'input.importer', id: trade.importer, allowed: ['Country', 'Region'] },
          { path: 'input.commodity', id: trade.commodity, allowed: ['Commodity'] },
          ...office.map((ref) => ({ path: 'input.statisticalOffice', id: ref, allowed: ['Organization'] as EntityKind[] })),
          ...sourceRefs(trade.sources, 'input.sources'),
        ]),
        ...(trade.exporter === trade.importer ? [{ path: 'input.importer', message: 'exporter and importer are the same' }] : []),
      ]);
      await writeDatasetIn(tx, toDataset({ trade: [trade] }, (ref) => known.get(ref)?.name ?? undefined), { createOnly: new Set([id]), path: 'input' });
      return id;
    }).catch(raceLost(`A trade observation for this flow and period already exists: ${tradeObservationId(trade)}.`));
  }

  async purgeEntity(id: string): Promise<number> {
    return this.db.writeTransaction('mutation.purgeEntity', async (tx) => {
      const known = await lookUp(tx, [id]);
      const label = known.get(id)?.label;
      if (!label) throw new NotFoundError('entity', id);
      if (label === 'Source') {
        const [cited] = await run(tx, citedByStatement(id));
        if (Number(cited?.count ?? 0) > 0) throw new ConflictError(`${id} is still cited by ${Number(cited?.count ?? 0)} relationship(s); purge or re-source those first.`);
      }
      const [row] = await run(tx, purgeStatement(id));
      return Number(row?.relationships ?? 0);
    });
  }
}

/** A creation that lost a race: the database's constraint answered CONFLICT; say which id. */
function raceLost(message: string): (error: unknown) => never {
  return (error) => {
    throw error instanceof ConflictError ? new ConflictError(message) : error;
  };
}

function selfLoop(r: RelationshipItem): FieldProblem[] {
  const problem = selfLoopProblem(r.type, r.from, r.to);
  return problem ? [{ path: 'input.to', message: problem }] : [];
}

function validityProblems(r: { validFrom?: string; validTo?: string }): FieldProblem[] {
  return r.validFrom && r.validTo && r.validTo < r.validFrom ? [{ path: 'input.validTo', message: `validTo ${r.validTo} is before validFrom ${r.validFrom}` }] : [];
}
