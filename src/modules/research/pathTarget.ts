/**
 * Where `paths` should end (its `to` argument, a @oneOf input): one entity by id, or every entity
 * of one kind that a connection filter describes, as a label and a predicate on `b` with its
 * parameters (which the search from the start tests on each entity it reaches, research.queries.ts
 * pathLevelQuery).
 */
import { BadUserInputError } from '../../errors.js';
import type { PathTarget } from '../../generated/resolvers.js';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS } from '../../model/filters.js';
import { ParamBag } from '../../cypher/params.js';
import { compileWhere } from '../connection/where.js';

export type CompiledTarget =
  /** One entity, which the answer needs to exist (checked by the caller). */
  | { id: string }
  | { id: null; label: string; predicate: string; params: Record<string, unknown> };

export function compilePathTarget(to: PathTarget): CompiledTarget {
  const given = Object.entries(to as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) throw new BadUserInputError('"to" must give exactly one of id, countries, commodities, companies, officials, organizations, policies, sectors, events.', 'to');
  const [field, value] = given[0]!;
  if (field === 'id' && typeof value === 'string') return { id: value };
  const kind = CONNECTION_KINDS.find((k) => CONNECTION_ROOT_FIELDS[k] === field);
  if (!kind || typeof value !== 'object') throw new BadUserInputError(`"to.${field}" is not a target paths can end at.`, `to.${field}`);
  const bag = new ParamBag();
  const predicate = compileWhere(kind, value as Record<string, unknown>, bag, 'b', `to.${field}`);
  return { id: null, label: kind, predicate, params: bag.values };
}
