/**
 * How an entity leaves the repository: its stored properties, plus `kind` as the GraphQL enum
 * value. Every GraphQL entity type maps to this shape (codegen mappers), so the type checker ties
 * the schema to what the queries return.
 */
import { z } from 'zod';
import { ENTITY_KINDS, KIND_ENUM } from '../../model/kinds.js';

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

export const parseEntity = (row: unknown): EntityRecord => entityRecordSchema.parse(row);
