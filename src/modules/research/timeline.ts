/**
 * Timeline items from an entity's direct relationships: its policies, events, statements,
 * offices and trade points, each dated and cited. Pure, so it is tested without a database.
 * The statement reads only the relationships that can date an item (research.queries.ts
 * DATED_TYPES and DATED_KINDS): a new kind of item needs its type or kind listed there.
 */
import type { EntityRecord } from '../entity/entity.model.js';
import type { RelationshipRecord } from '../relationship/relationship.model.js';
import { dateBounds } from '../../model/dates.js';
import { toRelationshipRecord, type Link } from './research.repository.js';

export type TimelineItemType =
  | 'POLICY_ANNOUNCED' | 'POLICY_EFFECTIVE' | 'POLICY_ENDED' | 'EVENT' | 'STATEMENT' | 'TRADE' | 'OFFICE_TAKEN' | 'OFFICE_LEFT' | 'ISSUED';

export interface TimelineItemRecord {
  date: string;
  type: TimelineItemType;
  title: string;
  entity: EntityRecord;
  relationship: RelationshipRecord | null;
  sourceIds: string[];
}

/** True when the (partial) date can fall within [from, to]; open ends are unbounded. */
export function overlaps(date: string, from?: string | null, to?: string | null): boolean {
  const { start, end } = dateBounds(date);
  return (!from || end >= dateBounds(from).start) && (!to || start <= dateBounds(to).end);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

function datedNode(node: EntityRecord, relationship: RelationshipRecord | null, sourceIds: string[]): TimelineItemRecord[] {
  const items: TimelineItemRecord[] = [];
  const add = (date: string | null, type: TimelineItemType, title: string) => {
    if (date) items.push({ date, type, title, entity: node, relationship, sourceIds });
  };
  if (node.label === 'Policy') {
    add(str(node.announced), 'POLICY_ANNOUNCED', `Announced: ${node.name}`);
    if (node.effective !== node.announced) add(str(node.effective), 'POLICY_EFFECTIVE', `Takes effect: ${node.name}`);
    add(str(node.ended), 'POLICY_ENDED', `Ends: ${node.name}`);
  } else if (node.label === 'Event') {
    add(str(node.date), 'EVENT', node.name);
  } else if (node.label === 'TradeObservation') {
    // Dated at the end of its period: the figure is complete then.
    add(str(node.periodEnd), 'TRADE', `${node.name}: ${String(node.quantity)} ${String(node.unit)}`);
  }
  return items;
}

export function buildTimeline(entity: EntityRecord, entitySources: string[], links: Link[]): TimelineItemRecord[] {
  const items: TimelineItemRecord[] = [...datedNode(entity, null, entitySources)];
  for (const link of links) {
    const relationship = toRelationshipRecord(link.relationship, entity, link.node);
    const props = link.relationship.properties;
    const type = link.relationship.type;
    if (type === 'STATED') {
      const author = link.relationship.outgoing ? entity : link.node;
      const subject = link.relationship.outgoing ? link.node : entity;
      const on = str(props.on);
      if (on) items.push({ date: on, type: 'STATEMENT', title: `${author.name} on ${subject.name}: ${str(props.summary) ?? str(props.quote) ?? 'statement'}`, entity: link.node, relationship, sourceIds: relationship.sourceIds });
      continue;
    }
    if (type === 'HOLDS_OFFICE') {
      const official = link.relationship.outgoing ? entity : link.node;
      const office = link.relationship.outgoing ? link.node : entity;
      const title = `${official.name}: ${str(props.title) ?? 'office'}, ${office.name}`;
      const since = str(props.since);
      const until = str(props.until);
      if (since) items.push({ date: since, type: 'OFFICE_TAKEN', title, entity: link.node, relationship, sourceIds: relationship.sourceIds });
      if (until) items.push({ date: until, type: 'OFFICE_LEFT', title, entity: link.node, relationship, sourceIds: relationship.sourceIds });
      continue;
    }
    if (type === 'ISSUED' && str(props.on)) {
      const issuer = link.relationship.outgoing ? entity : link.node;
      const policy = link.relationship.outgoing ? link.node : entity;
      items.push({ date: str(props.on)!, type: 'ISSUED', title: `${issuer.name} issued ${policy.name}`, entity: link.node, relationship, sourceIds: relationship.sourceIds });
    }
    items.push(...datedNode(link.node, relationship, link.nodeSources));
  }
  // One item per date, type and entity, even when several relationships lead to it; but every
  // statement is its own item (two statements on one day about one subject are two facts).
  const seen = new Set<string>();
  return items
    .filter((item) => {
      const key = `${item.date}|${item.type}|${item.entity.id}${item.type === 'STATEMENT' ? `|${item.relationship?.id ?? ''}` : ''}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => dateBounds(a.date).start.localeCompare(dateBounds(b.date).start) || a.type.localeCompare(b.type) || a.title.localeCompare(b.title));
}
