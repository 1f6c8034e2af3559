/**
 * The walking rules of the research queries: for `dependencies` (upstream) and `exposure`
 * (downstream), which relationship types are walked in which direction, and why. The queries are
 * built from these tables and docs/API.md shows them (test/unit/walks.test.ts checks that the
 * docs print exactly these rows), so the code and the docs cannot drift apart.
 *
 * The two walks mirror each other on the value chain: what `dependencies` walks against its
 * stored direction, `exposure` walks along it, and the other way round. MAKES is walked one way
 * in each: upstream from a commodity to its makers (who you would buy it from), downstream from a
 * company to what it makes (what its disruption disrupts). Neither walk takes MAKES from a
 * commodity on to its makers' products or from a company to its fellow makers: makers of the same
 * commodity are competitors and alternatives, not dependencies nor casualties.
 *
 * A start that groups others (an HS chapter, heading or subheading; a region; a company group) or
 * a country stands for its members: the `onlyFromStart` rows expand the start into them, as real
 * steps at real tiers (HS 8505 → 8505.11 at tier 1 → rare-earth magnets at tier 2 → their users at
 * tier 3), and are taken from nothing else.
 */
import { isRelationshipType, RELATIONSHIP_TYPES, type RelationshipType } from './relationships.js';

export type WalkName = 'dependencies' | 'exposure';

/** 'OUT': along the stored direction (the node we come from is the start node); 'IN': against it. */
export type WalkDirection = 'OUT' | 'IN';

export interface WalkRule {
  readonly type: RelationshipType;
  readonly direction: WalkDirection;
  /** Not taken from the walk's starting entity itself, only further out. */
  readonly notFromStart?: boolean;
  /**
   * Taken ONLY from the starting entity and from the entities it stands for: those reached from it
   * by such steps alone (a region's sub-regions and their countries, an HS chapter's headings, their
   * subheadings and the commodities classified under them). An entity reached any other way is not
   * expanded by this rule: `region:world` reached as a producer does not stand for every country.
   */
  readonly onlyFromStart?: boolean;
  /**
   * The entity this step reaches is listed, but the walk does not go on from it (unless another
   * rule reaches it in the same tier): an importing country is exposed to its source's disruption,
   * but that does not make everything based there exposed.
   */
  readonly endsWalk?: boolean;
  /** "from … you reach …", as the docs print it. */
  readonly reaches: string;
  /** Why this step belongs to the question. */
  readonly why: string;
}

export const WALKS: Readonly<Record<WalkName, readonly WalkRule[]>> = {
  dependencies: [
    { type: 'USES', direction: 'OUT', reaches: 'a company or sector → the commodity it uses', why: 'what it buys is what it needs' },
    { type: 'INPUT_TO', direction: 'IN', reaches: 'a commodity → its inputs', why: 'a commodity needs its inputs' },
    { type: 'PRODUCES', direction: 'IN', reaches: 'a commodity → the countries and companies that produce it', why: 'its supply comes from them' },
    {
      type: 'MAKES',
      direction: 'IN',
      reaches: 'a commodity → the companies that make it',
      why: 'they are who it is bought from; a company → what it makes is not walked (that would reach its competitors)',
    },
    { type: 'SUPPLIES', direction: 'IN', reaches: 'a company → its suppliers', why: 'a named supplier is a dependency' },
    {
      type: 'IMPORTS',
      direction: 'OUT',
      reaches: 'a country → the commodities it imports (USGS net import reliance)',
      why: 'what a country imports to meet its consumption is what it needs from abroad',
    },
    {
      type: 'IMPORTS_FROM',
      direction: 'OUT',
      reaches: 'a country → the countries it names as major import sources',
      why: 'its imports come from them (ranked by share; the commodity is on the relationship)',
    },
    {
      type: 'HEADQUARTERED_IN',
      direction: 'OUT',
      notFromStart: true,
      reaches: 'a company or organization → its country, but **not** from the starting entity itself',
      why: "a supplier's country can disrupt it; a company's own headquarters is not one of its inputs",
    },
    {
      type: 'HEADQUARTERED_IN',
      direction: 'IN',
      onlyFromStart: true,
      reaches: 'a country → the companies and organizations headquartered there, **only** from the starting country (or the countries of a starting region)',
      why: "what a country depends on is what the companies based there depend on; a supplier's country reached further out is not expanded into everything based there (that is exposure's question)",
    },
    {
      type: 'PART_OF',
      direction: 'IN',
      onlyFromStart: true,
      reaches: 'a group → its members (HS chapter → headings → subheadings → commodities; region → sub-regions → countries; company group → companies), **only** from the starting entity and its members',
      why: 'a group stands for its members: HS 8505 depends on what its magnets depend on; a group reached further out (`region:world` as a producer) is not expanded into its members',
    },
  ],
  exposure: [
    { type: 'PRODUCES', direction: 'OUT', reaches: 'a country or company → the commodity it produces', why: 'its disruption cuts that supply' },
    { type: 'MAKES', direction: 'OUT', reaches: 'a company → the commodity it makes', why: 'its disruption cuts that supply; a commodity → its makers is not walked (they are alternatives, not casualties)' },
    { type: 'INPUT_TO', direction: 'OUT', reaches: 'a commodity → what it is an input to', why: 'a missing input stops the output' },
    { type: 'USES', direction: 'IN', reaches: 'a commodity → the companies and sectors that use it', why: 'users feel a shortage' },
    { type: 'SUPPLIES', direction: 'OUT', reaches: 'a company or country → the companies it supplies', why: 'its buyers lose a supplier' },
    {
      type: 'IMPORTS',
      direction: 'IN',
      endsWalk: true,
      reaches: 'a commodity → the countries that import it; the walk stops there',
      why: 'importers feel a shortage in proportion to their import reliance; what is based in an importing country is exposed only through what it makes or uses, not by being there',
    },
    {
      type: 'IMPORTS_FROM',
      direction: 'IN',
      endsWalk: true,
      reaches: 'a country → the countries that name it as a major import source; the walk stops there',
      why: 'they lose a source of their imports (of particular commodities: not a reason to call everything based there exposed)',
    },
    { type: 'HEADQUARTERED_IN', direction: 'IN', reaches: 'a country → the companies and organizations headquartered there', why: 'a disrupted country disrupts what is based there' },
    { type: 'TARGETS', direction: 'OUT', reaches: 'a policy → what it targets', why: 'a policy hits its targets' },
    { type: 'AFFECTS', direction: 'OUT', reaches: 'a policy or event → what it affects', why: 'stated effects' },
    {
      type: 'PART_OF',
      direction: 'IN',
      onlyFromStart: true,
      reaches: 'a group → its members (HS chapter → headings → subheadings → commodities; region → sub-regions → countries; company group → companies), **only** from the starting entity and its members',
      why: 'a disrupted group disrupts its members: HS 2846 reaches the rare-earth compounds under it and their users; a group reached further out is not expanded into its members',
    },
  ],
};

/**
 * `paths` walks every stated relationship type unless `via` names others: everything but the
 * sources' REPORTED_IN (provenance, not a link between things) and the trade links EXPORTER,
 * IMPORTER, OF (a trade observation is a record, not a party; `via` may still name them).
 */
export const PATHS_DEFAULT_VIA: readonly RelationshipType[] = Object.keys(RELATIONSHIP_TYPES).filter(isRelationshipType);

/** The walk's table as docs/API.md prints it. */
export function walkTableMarkdown(walk: WalkName): string {
  const way = { OUT: 'along it (out)', IN: 'against it (in)' };
  return [
    '| relationship | walked | so from … you reach … | why |',
    '|---|---|---|---|',
    ...WALKS[walk].map((r) => `| \`${r.type}\` | ${way[r.direction]}${r.onlyFromStart ? ', from the start only' : ''}${r.endsWalk ? ', not walked on from' : ''} | ${r.reaches} | ${r.why} |`),
  ].join('\n');
}
