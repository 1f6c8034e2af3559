/**
 * How an entity leaves the repository: its stored properties, its kind's label (`label`) and
 * `kind` as the GraphQL enum value. Every GraphQL entity type maps to this shape (codegen
 * mappers), so the type checker ties the schema to what the queries return. Statements return an
 * entity as a map with its `labels` (projectEntity, src/cypher/entity.ts); the kind is read here.
 */
import { z } from 'zod';
import { isEntityKind, KIND_ENUM, type EntityKind } from '../../model/kinds.js';

/** The entity kind among a node's labels (an entity has :Entity and its kind's label). */
export function kindAmong(labels: unknown): EntityKind | undefined {
  if (!Array.isArray(labels)) return undefined;
  for (const label of labels) if (typeof label === 'string' && label !== 'Entity' && isEntityKind(label)) return label;
  return undefined;
}

export const entityRecordSchema = z
  .object({
    id: z.string(),
    labels: z.array(z.string()).refine((labels) => kindAmong(labels) !== undefined, 'no entity kind among the labels'),
    name: z.string(),
    aliases: z.array(z.string()).nullish().transform((v) => v ?? []),
    description: z.string().nullish(),
  })
  .catchall(z.unknown())
  .transform(({ labels, ...rest }) => {
    const label = kindAmong(labels)!;
    return { ...rest, label, kind: KIND_ENUM[label] };
  });

export type EntityRecord = z.infer<typeof entityRecordSchema> & Record<string, unknown>;

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * A row as an EntityRecord. The common case (a well-formed row) is checked by hand: it runs for
 * every entity of every answer, and the schema's parse costs several times more. Anything else
 * goes through the schema, which refuses it with its detailed error.
 */
export function parseEntity(row: unknown): EntityRecord {
  if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
    const { id, labels, name, aliases, description, ...rest } = row as Record<string, unknown>;
    const label = kindAmong(labels);
    if (
      typeof id === 'string' &&
      typeof name === 'string' &&
      label !== undefined &&
      (aliases === null || aliases === undefined || isTextList(aliases)) &&
      (description === null || description === undefined || typeof description === 'string')
    ) {
      return { ...rest, id, name, aliases: aliases ?? [], ...(description !== undefined ? { description } : {}), label, kind: KIND_ENUM[label] };
    }
  }
  return entityRecordSchema.parse(row);
}
