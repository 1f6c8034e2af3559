/**
 * Items (sources, entities, relationships, trade observations) as graph rows: the one place the
 * seed, the reference data, the importer and the mutations turn validated records into the nodes
 * and relationships db/upsert.ts writes, with the stable ids that make a second write change nothing.
 */
import { periodBounds } from './dates.js';
import type { EntityKind } from './kinds.js';
import type { EntityItem, RelationshipItem, SourceItem, TradeItem } from './records.js';

/** A node ready to be written: its label, id and plain properties. */
export interface DatasetNode {
  kind: EntityKind;
  id: string;
  properties: Record<string, unknown>;
  sources: string[];
}

/** A relationship ready to be written, with a stable id so that loading twice changes nothing. */
export interface DatasetEdge {
  type: string;
  id: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** What one write writes: nodes and relationships, and the files they came from (for its report). */
export interface Dataset {
  nodes: DatasetNode[];
  edges: DatasetEdge[];
  files: string[];
}

const slugOfId = (id: string) => id.slice(id.indexOf(':') + 1).toLowerCase();

export function tradeObservationId(t: Pick<TradeItem, 'exporter' | 'importer' | 'commodity' | 'period'>): string {
  return `trade:${slugOfId(t.exporter)}-${slugOfId(t.importer)}-${slugOfId(t.commodity)}-${t.period.toLowerCase().replace('/', '-to-')}`;
}

export function relationshipId(r: Pick<RelationshipItem, 'type' | 'from' | 'to' | 'key'>): string {
  return `${r.from}|${r.type}|${r.to}${r.key ? `|${r.key}` : ''}`;
}

/**
 * Nodes and relationships to write for validated items: the one place seed items become graph
 * rows (used by the seed loader and by the API's mutations). `nameOf` names the entities a trade
 * observation refers to, for its display name.
 */
export function toDataset(
  items: { sources?: SourceItem[]; entities?: EntityItem[]; relationships?: RelationshipItem[]; trade?: TradeItem[] },
  nameOf: (id: string) => string | undefined,
): Dataset {
  const nodes: DatasetNode[] = [];
  const edges: DatasetEdge[] = [];
  const sources = (items.sources ?? []).map((value) => ({ value }));
  const entities = (items.entities ?? []).map((value) => ({ value }));
  const relationships = (items.relationships ?? []).map((value) => ({ value }));
  const trades = (items.trade ?? []).map((value) => ({ value }));
  const names = { get: nameOf };

  for (const { value } of sources) {
    const { id, ...properties } = value;
    nodes.push({ kind: 'Source', id, properties: { ...properties, name: value.title }, sources: [] });
  }
  for (const { value } of entities) {
    const { id, kind, sources: refs, ...properties } = value;
    nodes.push({ kind, id, properties, sources: refs });
  }
  for (const { value } of trades) {
    const id = tradeObservationId(value);
    const { sources: refs, changes, ...rest } = value;
    const { start, end } = periodBounds(value.period);
    nodes.push({
      kind: 'TradeObservation',
      id,
      sources: refs,
      properties: {
        ...rest,
        name: `${names.get(value.exporter)} → ${names.get(value.importer)}: ${names.get(value.commodity)}, ${value.period}`,
        periodStart: start,
        periodEnd: end,
        // Neo4j properties cannot hold maps, so reported changes are stored as parallel lists.
        changeBases: (changes ?? []).map((c) => c.basis),
        changePercents: (changes ?? []).map((c) => c.percent),
        changeComparedTo: (changes ?? []).map((c) => c.comparedTo ?? ''),
      },
    });
    edges.push(
      { type: 'EXPORTER', id: `${id}|EXPORTER`, from: id, to: value.exporter, properties: { sources: refs } },
      { type: 'IMPORTER', id: `${id}|IMPORTER`, from: id, to: value.importer, properties: { sources: refs } },
      { type: 'OF', id: `${id}|OF`, from: id, to: value.commodity, properties: { sources: refs } },
    );
  }
  for (const node of nodes) {
    for (const ref of node.sources) {
      edges.push({ type: 'REPORTED_IN', id: `${node.id}|REPORTED_IN|${ref}`, from: node.id, to: ref, properties: { sources: [ref] } });
    }
  }
  for (const { value } of relationships) {
    const { type, from, to, key: _key, ...properties } = value;
    edges.push({ type, id: relationshipId(value), from, to, properties });
  }
  return { nodes, edges, files: [] };
}
