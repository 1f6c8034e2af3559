/**
 * Where `paths` should end (its `to` argument, a @oneOf input): one entity by id, or every entity
 * of one kind that a connection filter describes, as a label and a predicate on `b` with its
 * parameters (which the search from the start tests on each entity it reaches, research.queries.ts
 * pathLevelQuery), and how to list those entities.
 */
import { BadUserInputError } from '../../errors.js';
import type { PathTarget } from '../../generated/resolvers.js';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS, type ConnectionKind } from '../../model/filters.js';
import { ParamBag } from '../../cypher/params.js';
import { choosePins, compileWhere, type Anchor } from '../connection/where.js';
import { pinParams } from '../connection/connection.queries.js';
import { kindOfId } from '../../model/kinds.js';

export type CompiledTarget =
  /** One entity, which the answer needs to exist (checked by the caller). */
  { id: string } | FilterTarget;
export type FilterTarget = { id: null; label: ConnectionKind; predicate: string; listing: TargetListing; params: Record<string, unknown> };

/**
 * How the targets are listed (research.queries.ts listTargets): from the filter's pins as a root
 * connection starts (where.ts choosePins), and the predicate still checked on each candidate.
 */
export interface TargetListing {
  pins: Anchor[];
  predicate: string;
}

/**
 * One entity as a filter target (its kind's filter `id: { eq: … }`), for the search from the start
 * that filters get; an id of a kind no filter lists matches nothing.
 */
export function entityTarget(id: string): FilterTarget {
  return filterTarget(CONNECTION_KINDS.find((k) => k === kindOfId(id)) ?? 'Country', { id: { eq: id } }, 'to.id');
}

export function compilePathTarget(to: PathTarget): CompiledTarget {
  const given = Object.entries(to as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) throw new BadUserInputError('"to" must give exactly one of id, countries, commodities, companies, officials, organizations, policies, sectors, events.', 'to');
  const [field, value] = given[0]!;
  if (field === 'id' && typeof value === 'string') return { id: value };
  const kind = CONNECTION_KINDS.find((k) => CONNECTION_ROOT_FIELDS[k] === field);
  if (!kind || typeof value !== 'object') throw new BadUserInputError(`"to.${field}" is not a target paths can end at.`, `to.${field}`);
  return filterTarget(kind, value as Record<string, unknown>, `to.${field}`);
}

function filterTarget(kind: ConnectionKind, where: Record<string, unknown>, path: string): FilterTarget {
  const bag = new ParamBag();
  const predicate = compileWhere(kind, where, bag, 'b', path);
  const { pins, whole } = choosePins(kind, where);
  const listing = { pins, predicate: whole ? 'true' : predicate };
  return { id: null, label: kind, predicate, listing, params: { ...bag.values, ...pinParams(pins) } };
}
