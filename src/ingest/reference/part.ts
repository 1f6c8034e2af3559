/** What each reference dataset contributes, before it becomes graph rows through toDataset. */
import type { RelationshipType } from '../../model/relationships.js';
import type { EntityItem } from '../../model/records.js';
import type { DatasetNode } from '../../model/dataset.js';

/** A relationship before its type's zod schema has checked its properties (src/model/records.ts). */
export interface RelationshipInput {
  type: RelationshipType;
  from: string;
  to: string;
  key?: string;
  sources: string[];
  [property: string]: unknown;
}

export interface ReferencePart {
  entities: EntityItem[];
  relationships: RelationshipInput[];
  /** What was skipped or corrected, and why: printed by the loader and listed in docs/DATA.md. */
  report: string[];
}

/** The seed's nodes by id: reference rows for these ids link to them instead of replacing them. */
export type SeedNodes = ReadonlyMap<string, DatasetNode>;
