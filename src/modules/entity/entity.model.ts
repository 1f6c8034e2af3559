/**
 * How an entity leaves the repository: its stored properties, plus `kind` as the GraphQL enum
 * value. Every GraphQL entity type maps to this shape (codegen mappers), so the type checker ties
 * the schema to what the queries return.
 */
import { z } from 'zod';
import { ENTITY_KINDS, isEntityKind, KIND_ENUM } from '../../model/kinds.js';

export const entityRecordSchema = z
  .object({
    id: z.string(),
    label: z.enum(ENTITY_KINDS),
    name: z.string(),
    aliases: z.array(z.string()).nullish().transform((v) => v ?? []),
    description: z.string().nullish(),
  })
  .catchall(z.unknown())
  .transform(({ label, ...rest }) => ({ ...rest, label, kind: KIND_ENUM[label] }));

export type EntityRecord = z.infer<typeof entityRecordSchema> & Record<string, unknown>;

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * A row as an EntityRecord. The common case (a well-formed row) is checked by hand: it runs for
 * every entity of every answer, and the schema's parse costs several times more. Anything else
 * goes through the schema, which refuses it with its detailed error.
 */
export function parseEntity(row: unknown): EntityRecord {
  if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
    const { id, label, name, aliases, description, ...rest } = row as Record<string, unknown>;
    if (
      typeof id === 'string' &&
      typeof name === 'string' &&
      typeof label === 'string' &&
      isEntityKind(label) &&
      (aliases === null || aliases === undefined || isTextList(aliases)) &&
      (description === null || description === undefined || typeof description === 'string')
    ) {
      return { ...rest, id, name, aliases: aliases ?? [], ...(description !== undefined ? { description } : {}), label, kind: KIND_ENUM[label] };
    }
  }
  return entityRecordSchema.parse(row);
}
