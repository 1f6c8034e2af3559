/**
 * What the explorer draws, worked out without a browser (test/unit/explorer-graph.test.ts):
 *
 * - Parallel relationships (one type between the same two entities: China produces aluminium in
 *   2023 and in 2024, at the mining and at the refining stage) become one link, labelled with its
 *   latest year, stages and shares.
 * - An entity's neighbours are grouped by relationship field (producers, issued, …); each group
 *   is a box showing one page of members, so a hub with a hundred neighbours is a handful of
 *   boxes, not a ring of unreadable labels. Groups pointing at the entity stand on its left,
 *   groups it points to on its right: upstream → entity → downstream.
 * - Expanding a node adds its own neighbours beside it, the way Neo4j Bloom does.
 * - Filters hide kinds of entity and types of relationship; the legend counts what there is.
 *
 * Positions are computed here (Cytoscape's "preset" layout), so a view looks the same each time.
 */
import type { Direction, EntityRefFragment, RelationshipRefFragment } from '../../../client/index.js';

export type Entity = EntityRefFragment;
export type Relationship = RelationshipRefFragment;

export interface Neighbour {
  direction: Direction;
  node: Entity;
  relationship: Relationship;
}
export interface NeighbourList {
  field: string;
  totalCount: number;
  edges: Neighbour[];
}

// ---------------------------------------------------------------------------------------------
// Figures: what tells parallel relationships apart

export interface Figures {
  year: number | null;
  stage: string | null;
  share: number | null;
  estimate: boolean;
  /** A word that qualifies the relationship: an office's title, a policy's effect, a link's nature, a statistic's measure, an import source's rank. */
  qualifier: string | null;
}

const property = (r: Relationship, key: string): unknown => (r as Readonly<Record<string, unknown>>)[key];
const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const textOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export function figuresOf(r: Relationship): Figures {
  // Net import reliance is a percentage of consumption: a share like the others.
  const reliance = numberOrNull(property(r, 'reliance'));
  const measure = textOrNull(property(r, 'measure'));
  const rank = numberOrNull(property(r, 'rank'));
  return {
    year: numberOrNull(property(r, 'year')),
    stage: textOrNull(property(r, 'stage')),
    share: numberOrNull(property(r, 'share')) ?? (reliance === null ? null : reliance / 100),
    estimate: property(r, 'estimate') === true,
    qualifier:
      textOrNull(property(r, 'title')) ??
      textOrNull(property(r, 'effect')) ??
      textOrNull(property(r, 'nature')) ??
      (measure === null ? null : measure.toLowerCase().replace(/_/g, ' ')) ??
      (rank === null ? null : `source no. ${rank}${textOrNull(property(r, 'period')) ? ` (${String(property(r, 'period'))})` : ''}`),
  };
}

/** 0.5943 → "59.4%", 0.6 → "60%". */
export function shareText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * One line for a link's relationships: "2024: refining 59.7% (+2023)", "2024: mining 69%,
 * refining 90% +1 (+3 earlier years)", "Minister of Commerce", or "×3" when nothing tells them apart.
 */
export function describeRelationships(relationships: readonly Relationship[], maxQualifier = Infinity): string {
  const figures = relationships.map(figuresOf);
  const qualifiers = unique(figures.map((f) => f.qualifier).filter((q): q is string => q !== null));
  const years = unique(figures.map((f) => f.year).filter((y): y is number => y !== null)).sort((a, b) => b - a);
  const latestYear = years[0] ?? null;
  const latest = latestYear === null ? figures : figures.filter((f) => f.year === latestYear);
  const parts = unique(latest.map((f) => [f.stage, f.share === null ? null : shareText(f.share)].filter((p) => p !== null).join(' ')).filter((p) => p !== ''));
  const detail = parts.length ? `${parts.slice(0, 2).join(', ')}${parts.length > 2 ? ` +${parts.length - 2}` : ''}` : '';
  const head = latestYear === null ? detail : detail ? `${latestYear}: ${detail}` : String(latestYear);
  const earlier = years.slice(1);
  const tail = earlier.length === 1 ? ` (+${earlier[0]})` : earlier.length > 1 ? ` (+${earlier.length} earlier years)` : '';
  const qualifier = qualifiers.slice(0, 2).join(', ');
  const text = [qualifier.length > maxQualifier ? `${qualifier.slice(0, maxQualifier)}…` : qualifier, head].filter((p) => p !== '').join(' · ');
  if (text) return `${text}${tail}`;
  return relationships.length > 1 ? `×${relationships.length}` : '';
}

// ---------------------------------------------------------------------------------------------
// Links: parallel relationships merged

export interface Link {
  /** from|TYPE|to: the same from both ends. */
  key: string;
  type: string;
  from: string;
  to: string;
  relationships: Relationship[];
}

export function mergeParallel(relationships: readonly Relationship[]): Link[] {
  const links = new Map<string, Link>();
  for (const r of relationships) {
    const key = `${r.from.id}|${r.type}|${r.to.id}`;
    const link = links.get(key);
    if (link) {
      if (!link.relationships.some((known) => known.id === r.id)) link.relationships.push(r);
    } else links.set(key, { key, type: r.type, from: r.from.id, to: r.to.id, relationships: [r] });
  }
  return [...links.values()];
}

// ---------------------------------------------------------------------------------------------
// Groups: an entity's neighbours by relationship field

export interface Member {
  entity: Entity;
  /** The merged links between this member and the entity whose group it is in. */
  links: Link[];
}
export interface Group {
  field: string;
  title: string;
  /** "in": the relationships point at the entity (drawn on its left); "out": from it (right). */
  side: 'in' | 'out';
  /** Relationships in this field, counted by the server (parallel ones each count). */
  totalCount: number;
  /** The distinct neighbours loaded so far, in the server's order. */
  members: Member[];
  /** True when every relationship of the field is loaded. */
  complete: boolean;
}

/** "headquarteredHere" → "Headquartered here". */
export function fieldTitle(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function groupsOf(lists: readonly NeighbourList[]): Group[] {
  return lists
    .filter((list) => list.edges.length > 0 || list.totalCount > 0)
    .map((list) => {
      const byNode = new Map<string, { entity: Entity; relationships: Relationship[] }>();
      let incoming = 0;
      for (const edge of list.edges) {
        if (edge.direction === 'IN') incoming++;
        const known = byNode.get(edge.node.id);
        if (known) known.relationships.push(edge.relationship);
        else byNode.set(edge.node.id, { entity: edge.node, relationships: [edge.relationship] });
      }
      return {
        field: list.field,
        title: fieldTitle(list.field),
        side: incoming * 2 > list.edges.length ? 'in' : 'out',
        totalCount: list.totalCount,
        members: [...byNode.values()].map((m) => ({ entity: m.entity, links: mergeParallel(m.relationships) })),
        complete: list.edges.length >= list.totalCount,
      };
    });
}

/** Members per page, so that about `budget` are drawn at first: 4 to 8 per group. */
export function pageSizeFor(groupCount: number, budget = 40): number {
  return Math.max(4, Math.min(8, Math.floor(budget / Math.max(1, groupCount))));
}

// ---------------------------------------------------------------------------------------------
// The scene: nodes with positions, edges, pages, legend

export type NodeRole = 'focus' | 'member' | 'group' | 'expansion' | 'step';

export interface SceneNode {
  id: string;
  label: string;
  role: NodeRole;
  /** The entity's kind; null for a group. */
  kind: string | null;
  entity: Entity | null;
  /** The group box a member is drawn in. */
  parent: string | null;
  x: number;
  y: number;
  expanded: boolean;
}
export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  /** The relationship type; '' for the edge to a closed group. */
  type: string;
  label: string;
  /** Where the label stands: near the end away from the focus, so labels do not pile up at a hub. */
  labelAt: 'source' | 'target' | 'middle';
  link: Link | null;
}
export interface GroupPage {
  field: string;
  title: string;
  side: 'in' | 'out';
  open: boolean;
  /** 0-based page shown, and how many pages the loaded members make. */
  page: number;
  pageCount: number;
  /** 1-based positions of the members shown (0 when none). */
  first: number;
  last: number;
  /** Members loaded that pass the filters. */
  count: number;
  complete: boolean;
  totalCount: number;
}
export interface Legend {
  kinds: { kind: string; count: number }[];
  types: { type: string; count: number }[];
}
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  groups: GroupPage[];
  legend: Legend;
}

export interface Expansion {
  /** The node expanded. */
  entity: Entity;
  /** Its own neighbours, as loaded. */
  groups: Group[];
}

export interface NeighbourhoodOptions {
  focus: Entity;
  groups: readonly Group[];
  /** Page per group field (default 0). */
  pages: ReadonlyMap<string, number>;
  closed: ReadonlySet<string>;
  expansions: readonly Expansion[];
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  pageSize: number;
  /** At most this many new nodes per expansion. */
  expansionSize: number;
  /** The drawing's width over its height, which the layout aims for (default 2.2). */
  aspect?: number;
}

export const CELL_W = 200;
export const CELL_H = 64;
/** Room above a box's first row for its title. */
const BOX_TITLE = 36;
const BOX_GAP = 48;
const COLUMN_GAP = 60;
/** From the focus to the nearest column of boxes. */
const INNER = 180;
/** From the outermost column to a column of expanded neighbours. */
const EXPANSION_DX = 240;

/** An edge's label keeps a long qualifier ("exporter: shipped 3,261 t of NdPr…") to this many characters; the panel shows it whole. */
const EDGE_QUALIFIER = 36;

export const groupNodeId = (field: string) => `group:${field}`;
const edgeId = (link: Link) => `link:${link.key}`;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

interface Box {
  width: number;
  height: number;
}

/** Boxes, in order, into `k` columns of about equal height: the columns, and their extent. */
function arrange<B extends Box>(boxes: B[], k: number): { columns: B[][]; width: number; height: number } {
  if (boxes.length === 0) return { columns: [], width: 0, height: 0 };
  const stacked = (column: B[]) => column.reduce((sum, b) => sum + b.height, 0) + BOX_GAP * Math.max(0, column.length - 1);
  const target = stacked(boxes) / k;
  const columns: B[][] = [[]];
  for (const box of boxes) {
    const current = columns[columns.length - 1]!;
    if (current.length && columns.length < k && stacked([...current, box]) > target * 1.1) columns.push([box]);
    else current.push(box);
  }
  const widths = columns.map((c) => Math.max(...c.map((b) => b.width)));
  return { columns, width: widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (columns.length - 1), height: Math.max(...columns.map(stacked)) };
}

/** Columns of stacked blocks (expanded neighbours) at one x: the first free place near `y`. */
class Column {
  private taken: [number, number][] = [];
  place(y: number, height: number): number {
    let top = y - height / 2;
    for (;;) {
      const clash = this.taken.find(([a, b]) => top < b && top + height > a);
      if (!clash) break;
      top = clash[1] + CELL_H / 2;
    }
    this.taken.push([top, top + height]);
    return top;
  }
}

export function neighbourhoodScene(options: NeighbourhoodOptions): Scene {
  const { focus, groups, pages, closed, expansions, hiddenKinds, hiddenTypes, pageSize } = options;
  const visibleLinks = (links: Link[]) => links.filter((l) => !hiddenTypes.has(l.type));
  const shows = (m: Member) => !hiddenKinds.has(m.entity.kind) && visibleLinks(m.links).length > 0;

  // The legend counts everything loaded, whatever the filters, so a hidden kind can be shown again.
  const everyMember = [...groups.flatMap((g) => g.members), ...expansions.flatMap((e) => e.groups.flatMap((g) => g.members))];
  const distinctEntities = new Map(everyMember.map((m) => [m.entity.id, m.entity]));
  distinctEntities.delete(focus.id);
  const distinctLinks = new Map(everyMember.flatMap((m) => m.links).map((l) => [l.key, l]));
  const kindCounts = countBy([...distinctEntities.values()], (e) => e.kind);
  const typeCounts = countBy([...distinctLinks.values()], (l) => l.type);
  const legend: Legend = {
    kinds: [...kindCounts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    types: [...typeCounts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
  };

  const nodes: SceneNode[] = [{ id: focus.id, label: focus.name, role: 'focus', kind: focus.kind, entity: focus, parent: null, x: 0, y: 0, expanded: false }];
  const edges: SceneEdge[] = [];
  const drawn = new Map<string, SceneNode>([[focus.id, nodes[0]!]]);
  const edgeKeys = new Set<string>();
  const addLinks = (links: Link[]) => {
    for (const link of visibleLinks(links)) {
      if (edgeKeys.has(link.key) || !drawn.has(link.from) || !drawn.has(link.to)) continue;
      edgeKeys.add(link.key);
      const labelAt = link.from === focus.id ? 'target' : link.to === focus.id ? 'source' : 'middle';
      edges.push({ id: edgeId(link), source: link.from, target: link.to, type: link.type, label: describeRelationships(link.relationships, EDGE_QUALIFIER), labelAt, link });
    }
  };

  // Pages first: which members each group shows.
  const pageRows: GroupPage[] = [];
  const blocks: { group: Group; page: GroupPage; members: Member[] }[] = [];
  for (const group of groups) {
    const visible = group.members.filter(shows);
    const pageCount = Math.max(1, Math.ceil(visible.length / pageSize));
    const page = Math.min(Math.max(0, pages.get(group.field) ?? 0), pageCount - 1);
    const open = !closed.has(group.field);
    const shown = open ? visible.slice(page * pageSize, (page + 1) * pageSize) : [];
    const row: GroupPage = {
      field: group.field,
      title: group.title,
      side: group.side,
      open,
      page,
      pageCount,
      first: shown.length ? page * pageSize + 1 : 0,
      last: page * pageSize + shown.length,
      count: visible.length,
      complete: group.complete,
      totalCount: group.totalCount,
    };
    pageRows.push(row);
    // A group the filters empty is not drawn (its page row stays, so it can be shown again).
    if (visible.length) blocks.push({ group, page: row, members: shown });
  }

  // Each entity is drawn once: in the first open group (in the server's order) whose page shows it.
  const claimed = new Set([focus.id]);
  const owned = blocks.map((b) => {
    const members = b.page.open ? b.members.filter((m) => !claimed.has(m.entity.id)) : [];
    for (const m of members) claimed.add(m.entity.id);
    return members;
  });

  // Lay the blocks out: in-groups on the left, out-groups on the right, each side in as many
  // columns of boxes as makes the whole closest to the drawing's shape (so a fit keeps labels large).
  const boxes = blocks.map((block, i) => {
    const members = owned[i]!;
    const cols = members.length > 4 ? 2 : 1;
    const rows = Math.ceil(members.length / cols);
    return { block, members, cols, width: cols * CELL_W, height: members.length ? BOX_TITLE + rows * CELL_H : CELL_H };
  });
  const sides = { in: boxes.filter((b) => b.block.group.side === 'in'), out: boxes.filter((b) => b.block.group.side === 'out') };
  let best = { in: arrange(sides.in, 1), out: arrange(sides.out, 1) };
  let bestZoom = Infinity;
  for (let kIn = 1; kIn <= Math.max(1, Math.min(4, sides.in.length)); kIn++) {
    for (let kOut = 1; kOut <= Math.max(1, Math.min(4, sides.out.length)); kOut++) {
      const candidate = { in: arrange(sides.in, kIn), out: arrange(sides.out, kOut) };
      const width = 2 * INNER + candidate.in.width + candidate.out.width;
      const height = Math.max(candidate.in.height, candidate.out.height, CELL_H);
      // The scale a fit needs: the smaller, the larger the labels end up.
      const needed = Math.max(width / (options.aspect ?? 2.2), height);
      if (needed < bestZoom - 1e-6) {
        bestZoom = needed;
        best = candidate;
      }
    }
  }
  const outermost = { in: -INNER, out: INNER };
  for (const side of ['in', 'out'] as const) {
    const sign = side === 'in' ? -1 : 1;
    let edge = INNER;
    for (const column of best[side].columns) {
      const columnWidth = Math.max(...column.map((b) => b.width));
      const total = column.reduce((sum, b) => sum + b.height, 0) + BOX_GAP * (column.length - 1);
      let top = -total / 2;
      for (const { block, members, cols, height } of column) {
        const groupId = groupNodeId(block.group.field);
        const countText = `${block.page.count}${block.group.complete ? '' : '+'}`;
        if (members.length) {
          const pageText = block.page.pageCount > 1 || !block.group.complete ? ` · ${block.page.first}–${block.page.last} of ${countText}` : ` · ${block.page.count}`;
          nodes.push({ id: groupId, label: `${block.group.title}${pageText}`, role: 'group', kind: null, entity: null, parent: null, x: 0, y: 0, expanded: false });
          members.forEach((m, i) => {
            const node: SceneNode = {
              id: m.entity.id,
              label: m.entity.name,
              role: 'member',
              kind: m.entity.kind,
              entity: m.entity,
              parent: groupId,
              // Column 0 of a box is the one nearest the focus.
              x: sign * (edge + CELL_W / 2 + (i % cols) * CELL_W),
              y: top + BOX_TITLE + Math.floor(i / cols) * CELL_H + CELL_H / 2,
              expanded: false,
            };
            nodes.push(node);
            drawn.set(m.entity.id, node);
          });
        } else {
          // Closed, or every member of its page drawn in another group: one node stands for the group.
          nodes.push({ id: groupId, label: `${block.group.title} · ${countText}${block.page.open ? '' : ' ▸'}`, role: 'group', kind: null, entity: null, parent: null, x: sign * (edge + CELL_W / 2), y: top + height / 2, expanded: false });
          edges.push({ id: `to-${groupId}`, source: side === 'in' ? groupId : focus.id, target: side === 'in' ? focus.id : groupId, type: '', label: '', labelAt: 'middle', link: null });
        }
        top += height + BOX_GAP;
      }
      edge += columnWidth + COLUMN_GAP;
    }
    outermost[side] = sign * edge;
  }
  for (const block of blocks) for (const m of block.members) addLinks(m.links);

  // Expansions: each expanded node's neighbours in a column beyond it.
  const columns = new Map<number, Column>();
  for (const expansion of expansions) {
    const anchor = drawn.get(expansion.entity.id);
    if (!anchor || anchor.role === 'focus') continue;
    anchor.expanded = true;
    const sign = anchor.x < 0 ? -1 : 1;
    const x = anchor.role === 'member' ? (sign < 0 ? outermost.in : outermost.out) + sign * (CELL_W / 2) : anchor.x + sign * EXPANSION_DX;
    const members = expansion.groups.flatMap((g) => g.members).filter(shows);
    const fresh = [...new Map(members.filter((m) => !drawn.has(m.entity.id)).map((m) => [m.entity.id, m])).values()].slice(0, options.expansionSize);
    if (fresh.length) {
      const column = columns.get(x) ?? new Column();
      columns.set(x, column);
      const step = CELL_H * 0.8;
      const top = column.place(anchor.y, fresh.length * step);
      fresh.forEach((m, i) => {
        const node: SceneNode = { id: m.entity.id, label: m.entity.name, role: 'expansion', kind: m.entity.kind, entity: m.entity, parent: null, x, y: top + i * step + step / 2, expanded: false };
        nodes.push(node);
        drawn.set(m.entity.id, node);
      });
    }
    addLinks(members.flatMap((m) => m.links));
  }
  // An expansion may join nodes drawn earlier (a member's link to another member): draw those too.
  for (const expansion of expansions) addLinks(expansion.groups.flatMap((g) => g.members.flatMap((m) => m.links)));

  return { nodes, edges, groups: pageRows, legend };
}

/** A path drawn left to right, one node per step, parallel relationships merged per hop. */
export function pathScene(path: { nodes: readonly Entity[]; steps: readonly { relationships: readonly Relationship[] }[] }, hiddenTypes: ReadonlySet<string> = new Set()): Scene {
  const last = path.nodes.length - 1;
  const nodes: SceneNode[] = path.nodes.map((n, i) => ({ id: n.id, label: n.name, role: i === 0 || i === last ? 'focus' : 'step', kind: n.kind, entity: n, parent: null, x: i * CELL_W * 1.3, y: 0, expanded: false }));
  const links = path.steps.flatMap((s) => mergeParallel(s.relationships)).filter((l) => !hiddenTypes.has(l.type));
  const edges = links.map((link): SceneEdge => ({ id: edgeId(link), source: link.from, target: link.to, type: link.type, label: describeRelationships(link.relationships, EDGE_QUALIFIER), labelAt: 'middle', link }));
  return {
    nodes,
    edges,
    groups: [],
    legend: {
      kinds: [...countBy([...path.nodes], (n) => n.kind)].map(([kind, count]) => ({ kind, count })),
      types: [...countBy(links, (l) => l.type)].map(([type, count]) => ({ type, count })),
    },
  };
}

/** What a disruption answer holds that its drawing needs (the Disruption operation's shape). */
export interface DisruptionDrawing {
  stopped: readonly Entity[];
  commodities: readonly { commodity: Entity; lostShare: number | null; shares: readonly { before: { producer: Entity }; stopped: boolean }[] }[];
  importers: readonly { country: Entity; commodity: Entity }[];
  downstream: readonly { entity: Entity; path: { nodes: readonly Entity[] } }[];
}

/**
 * A disruption drawn left to right: who stops, the commodities hit (each edge says how much world
 * supply is lost), the importers that lose a listed source, then who downstream is hit along its
 * route, a column per step. An entity met on several routes stands in its nearest column.
 */
export function disruptionScene(answer: DisruptionDrawing): Scene {
  const stoppedIds = new Set(answer.stopped.map((s) => s.id));
  const column = new Map<string, number>();
  const entities = new Map<string, Entity>();
  const place = (entity: Entity, at: number) => {
    entities.set(entity.id, entity);
    const was = column.get(entity.id);
    if (was === undefined || at < was) column.set(entity.id, at);
  };
  for (const s of answer.stopped) place(s, 0);
  for (const c of answer.commodities) place(c.commodity, 1);
  for (const i of answer.importers) place(i.country, 2);
  for (const d of answer.downstream) {
    const start = column.get(d.path.nodes[0]?.id ?? '') ?? 1;
    d.path.nodes.forEach((n, i) => place(n, start + i));
  }

  const edges: SceneEdge[] = [];
  const seen = new Set<string>();
  const edge = (source: string, target: string, type: string, label: string) => {
    const id = `whatif:${source}>${target}`;
    if (source === target || seen.has(id)) return;
    seen.add(id);
    edges.push({ id, source, target, type, label, labelAt: 'middle', link: null });
  };
  for (const c of answer.commodities) {
    // The producers the answer marks as stopped; with one entity stopped, it is the one (it may rank below the shares listed).
    const marked = c.shares.filter((s) => s.stopped).map((s) => s.before.producer.id);
    const from = marked.length > 0 ? marked : answer.stopped.length === 1 ? [answer.stopped[0]!.id] : [];
    const lost = c.lostShare === null ? 'share unknown' : `${shareText(c.lostShare)} of world supply lost`;
    for (const id of from) if (stoppedIds.has(id)) edge(id, c.commodity.id, entities.get(id)?.kind === 'COUNTRY' ? 'PRODUCES' : 'MAKES', lost);
  }
  for (const i of answer.importers) edge(i.country.id, i.commodity.id, 'IMPORTS', 'loses a listed source');
  for (const d of answer.downstream) for (let k = 1; k < d.path.nodes.length; k++) edge(d.path.nodes[k - 1]!.id, d.path.nodes[k]!.id, 'ROUTE', '');

  const byColumn = new Map<number, string[]>();
  for (const [id, at] of column) byColumn.set(at, [...(byColumn.get(at) ?? []), id]);
  const nodes: SceneNode[] = [];
  for (const [at, ids] of byColumn) {
    ids.forEach((id, i) => {
      const entity = entities.get(id)!;
      nodes.push({ id, label: entity.name, role: stoppedIds.has(id) ? 'focus' : 'step', kind: entity.kind, entity, parent: null, x: at * CELL_W * 1.4, y: (i - (ids.length - 1) / 2) * CELL_H, expanded: false });
    });
  }
  return {
    nodes,
    edges,
    groups: [],
    legend: {
      kinds: [...countBy(nodes, (n) => n.kind ?? '')].map(([kind, count]) => ({ kind, count })),
      types: [...countBy(edges, (e) => e.type)].map(([type, count]) => ({ type, count })),
    },
  };
}
