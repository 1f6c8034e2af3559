/**
 * The four kinds of record an import file holds, the seed's zod schema for each, and how a CSV
 * cell becomes a typed value. The cell types are read from the zod schemas themselves, so a field
 * added to src/model/records.ts is importable from CSV without a change here.
 */
import { z } from 'zod';
import { entitySchema, relationshipSchema, sourceSchema, tradeSchema } from '../../model/records.js';

export const RECORD_KINDS = ['source', 'entity', 'relationship', 'trade'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

export const RECORD_SCHEMAS: Record<RecordKind, z.ZodType> = {
  source: sourceSchema,
  entity: entitySchema,
  relationship: relationshipSchema,
  trade: tradeSchema,
};

/** How a CSV cell is read: text, a number, true/false, a `|`-separated list, or trade changes. */
export type CellType = 'string' | 'number' | 'boolean' | 'list' | 'changes';

function cellTypeOf(schema: z.ZodType): CellType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodNumber) return 'number';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodArray) return s.element instanceof z.ZodObject ? 'changes' : 'list';
  return 'string';
}

function fieldTypes(kind: RecordKind): Map<string, CellType> {
  const schema = RECORD_SCHEMAS[kind];
  const variants = schema instanceof z.ZodUnion ? (schema.options as z.ZodType[]) : [schema];
  const types = new Map<string, CellType>();
  for (const variant of variants) {
    if (!(variant instanceof z.ZodObject)) continue;
    const shape: Record<string, z.ZodType> = variant.shape;
    for (const [name, field] of Object.entries(shape)) {
      const type = cellTypeOf(field);
      const earlier = types.get(name);
      if (earlier && earlier !== type) throw new Error(`${kind}.${name} is a ${earlier} in one variant and a ${type} in another`);
      types.set(name, type);
    }
  }
  return types;
}

/** Every field a record kind may have (across its variants), with the type its CSV cell is read as. */
export const FIELD_TYPES: Record<RecordKind, Map<string, CellType>> = {
  source: fieldTypes('source'),
  entity: fieldTypes('entity'),
  relationship: fieldTypes('relationship'),
  trade: fieldTypes('trade'),
};

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface CellProblem {
  path: (string | number)[];
  message: string;
}

/**
 * A CSV cell as the value the zod schema expects. An empty (or blank) cell is absent: undefined.
 * A cell that does not read as its type is passed on as text, so that the schema reports it with
 * its field path ("expected number, received string").
 */
export function cellValue(field: string, type: CellType, cell: string, problems: CellProblem[]): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  switch (type) {
    case 'number':
      return DECIMAL.test(text) ? Number(text) : text;
    case 'boolean':
      return /^true$/i.test(text) ? true : /^false$/i.test(text) ? false : text;
    case 'list':
      return text.split('|').map((part) => part.trim());
    case 'changes':
      return text.split('|').map((part, i) => {
        const [basis = '', percent = '', comparedTo, ...rest] = part.split(':').map((p) => p.trim());
        if (rest.length > 0) problems.push({ path: [field, i], message: `"${part.trim()}" has too many ":" parts; write BASIS:percent or BASIS:percent:comparedTo` });
        const change: Record<string, unknown> = { basis, percent: DECIMAL.test(percent) ? Number(percent) : percent };
        if (comparedTo) change.comparedTo = comparedTo;
        return change;
      });
    default:
      return text;
  }
}
