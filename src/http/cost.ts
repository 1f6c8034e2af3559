/**
 * A request's worst case, worked out before anything runs: how many rows its answer can hold when
 * every list is as full as its arguments allow, with the request's own variable values and the
 * schema's defaults (a `first: $f` counts as the value of $f, a missing `first` as its default).
 * The server refuses a request whose worst case is over LIMITS.maxRowsPerRequest, naming the
 * `first` to lower, so no statement of it reaches the database (server.ts, boundedRequestPlugin).
 *
 * How lists count (docs/API.md, "Limits"):
 *   - a list or connection with a `first` argument: `first` rows (clamped to the most the field
 *     allows: a larger value is refused by its resolver before any database work);
 *   - an item's `sources`: one row, carried with the item (at most MAX_SOURCES_PER_ITEM are stored
 *     and read); lists selected below a source count that many times;
 *   - a `totalCount`: one row per parent (a COUNT in the database);
 *   - the parts of a research answer (a path's nodes, a series' points) are not rows of their own,
 *     as RowBudget does not count them either, but what is selected below them counts as many
 *     times as they can be: the bound their arguments set (`items` of dependencies and exposure:
 *     `first`; a path's `nodes`: `maxHops + 1`) or the bound of the data (LIST_BOUNDS).
 * The rows multiply down the tree: 500 producers of each of 500 commodities are 250,000 rows.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
// The files the schema's own `graphql` resolves to (see modules/tree/tree.ts).
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';
import { ENTITY_KINDS } from '../model/kinds.js';
import { MAX_SOURCES_PER_ITEM } from '../model/records.js';
import { MAX_PAGE_SIZE } from '../modules/connection/connection.resolvers.js';
import { MAX_RELATIONSHIPS_PER_FIELD } from '../modules/relationship/relationship.connection.js';
import { MAX_RANKED } from '../modules/research/concentrationRanking.js';
import { MAX_SUPPLY_RISK_ITEMS } from '../modules/research/supplyRisk.js';
import { MAX_DOWNSTREAM_RESULTS, MAX_SHARES_LISTED } from '../modules/research/disruption.js';
import { MAX_STOPPED } from '../model/disruption.js';
import { RESEARCH_LIMITS } from '../modules/research/research.resolvers.js';
import { MAX_SEARCH_RESULTS } from '../modules/search/search.resolvers.js';

type Args = Record<string, unknown>;

/** The most a `first` of a field outside the relationship and root connections may ask for. */
const FIRST_LIMITS: Record<string, number> = {
  'Query.search': MAX_SEARCH_RESULTS,
  'Query.paths': RESEARCH_LIMITS.paths,
  'Query.dependencies': RESEARCH_LIMITS.reachResults,
  'Query.exposure': RESEARCH_LIMITS.reachResults,
  'Query.timeline': RESEARCH_LIMITS.timelineItems,
  'Query.concentrationRanking': MAX_RANKED,
  'Query.supplyRisk': MAX_SUPPLY_RISK_ITEMS,
  'Query.disruption': MAX_DOWNSTREAM_RESULTS,
  'DisruptedCommodity.shares': MAX_SHARES_LISTED,
  'DisruptedCommodity.alternativeSuppliers': MAX_SHARES_LISTED,
  'DisruptionImpact.stillSuppliedBy': MAX_SHARES_LISTED,
};

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/**
 * Lists without a `first`: at most how many items each holds, from the arguments of the root field
 * that answered (research answers) or from the data's own bounds. A list field missing here counts
 * as one item; test/unit/cost.test.ts checks that every list of objects in the schema is here or
 * has a `first`.
 */
export const LIST_BOUNDS: Record<string, (root: Args) => number> = {
  'DependencyResult.items': (root) => numberOr(root.first, 100),
  'ExposureResult.items': (root) => numberOr(root.first, 100),
  'ExposureResult.byCountry': (root) => numberOr(root.first, 100),
  'DependencyResult.byKind': () => ENTITY_KINDS.length,
  'ExposureResult.byKind': () => ENTITY_KINDS.length,
  // A path has at most as many steps as the walk's hops (paths, exposure: maxHops; dependencies: maxTier).
  'Path.nodes': (root) => numberOr(root.maxHops ?? root.maxTier, 4) + 1,
  'Path.steps': (root) => numberOr(root.maxHops ?? root.maxTier, 4),
  // Parallel relationships between two entities (one per type and key): a handful in practice.
  'PathStep.relationships': () => 10,
  // One share per producing country and measure; the world has fewer than 300 countries and regions.
  'Concentration.shares': () => 300,
  'Concentration.chokepoints': () => 300,
  'Concentration.available': () => 100,
  // The same producers from another source: as many as shares.
  'Concentration.otherSources': () => 300,
  // supplyRisk: `first` items, each with the few forms and ranked import sources USGS lists.
  'SupplyRisk.items': (root) => numberOr(root.first, 50),
  'SupplyRiskItem.otherForms': () => 10,
  'SupplyRiskItem.importSources': () => 10,
  // disruption: the stopped entities; the commodities they produce or make (about 110 commodities
  // have producers or makers at all); the importers naming them (USGS lists sources for the United
  // States only: one per commodity); `first` downstream items.
  'Disruption.stopped': () => MAX_STOPPED,
  'Disruption.commodities': () => 150,
  'Disruption.importers': () => 150,
  'Disruption.downstream': (root) => numberOr(root.first, 50),
  'DisruptedCommodity.stoppedSuppliers': () => MAX_STOPPED,
  'DisruptedImporter.importSources': () => 10,
  'DisruptedImporter.stoppedSources': () => 10,
  // One commodity's reliance by year and form, and its ranked sources per form.
  'ImportDependence.reliance': () => 50,
  'ImportDependence.sources': () => 50,
  // A series' periods: monthly over decades at most.
  'TradeSeries.points': () => 600,
  'TradeSeries.sums': () => 600,
  'TradePoint.changes': () => 10,
  'TradeObservation.changes': () => 10,
  // changes() reads at most RESEARCH_LIMITS.links relationships of the entity.
  'EntityChanges.started': () => RESEARCH_LIMITS.links,
  'EntityChanges.ended': () => RESEARCH_LIMITS.links,
  'EntityChanges.timeline': () => RESEARCH_LIMITS.links,
};

/** The parts of research answers that RowBudget counts as rows (the reached entities). */
const COUNTED_PARTS = new Set(['DependencyResult.items', 'ExposureResult.items']);

/** Lists of sources cited by the item above them: one row with it, MAX_SOURCES_PER_ITEM for lists below. */
const isCitationList = (fieldName: string, itemType: string) => itemType === 'Source' && (fieldName === 'sources' || fieldName === 'citations');

/** The sized list that multiplies a worst case the most, to name in the refusal. */
export interface Heaviest {
  /** Response keys from the root, e.g. `entity.produces.edges.node.producers`. */
  path: string[];
  argument: 'first';
  value: number;
  /** The variable the value came from, when it came from one. */
  variable?: string;
  /** The rows this list and everything below it add (at the list's place in the tree). */
  rows: number;
}

export interface RequestCost {
  /** The worst case, in rows. */
  rows: number;
  heaviest?: Heaviest;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Args;
  /** Subtree costs by object type and field nodes: the same selection on the same type is worked out once. */
  memo: Map<string, RequestCost>;
  nodeIds: WeakMap<FieldNode, number>;
  nextNodeId: number;
}

/** Names a set of field nodes by their identity (the memo's key). */
function identity(walk: Walk, nodes: readonly FieldNode[]): string {
  return nodes
    .map((node) => {
      let id = walk.nodeIds.get(node);
      if (id === undefined) walk.nodeIds.set(node, (id = walk.nextNodeId++));
      return id;
    })
    .join(',');
}

/** Names a collected selection: its response keys and field nodes. */
const selectionKey = (walk: Walk, fields: Map<string, readonly FieldNode[]>) => [...fields].map(([key, nodes]) => `${key}:${identity(walk, nodes)}`).join(';');

/** Of two siblings, the one adding more rows. */
const heavier = (a: Heaviest | undefined, b: Heaviest | undefined) => (!a ? b : !b ? a : b.rows > a.rows ? b : a);

/** Of a list and the heaviest list inside it, the one with the larger `first`: lowering it helps the most (the outer one on a tie). */
const toLower = (own: Heaviest | undefined, inner: Heaviest | undefined) => (!own ? inner : !inner ? own : inner.value > own.value ? inner : own);

/** `first` given as `$name`: the variable's name, for the message. */
function variableOf(node: FieldNode): string | undefined {
  const argument = node.arguments?.find((a) => a.name.value === 'first');
  return argument?.value.kind === Kind.VARIABLE ? argument.value.name.value : undefined;
}

function firstLimit(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): number | undefined {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.getFields().edges) return parent.name === 'Query' ? MAX_PAGE_SIZE : MAX_RELATIONSHIPS_PER_FIELD;
  return FIRST_LIMITS[`${parent.name}.${field.name}`];
}

/**
 * The rows of one object of `type` with the selection `nodes` and what is below it. `page` is the
 * page size when `type` is a connection (its edges and nodes hold that many items); `root` the
 * arguments of the root field the object is part of.
 */
function objectCost(walk: Walk, type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>, page: number, root: Args, key: string): RequestCost {
  const cached = walk.memo.get(key);
  if (cached) return cached;
  let rows = 0;
  let heaviest: Heaviest | undefined;
  const selectsEdges = [...fields.values()].some((n) => n[0]?.name.value === 'edges');
  for (const [responseKey, nodes] of fields) {
    const node = nodes[0]!;
    const fieldName = node.name.value;
    const field = type.getFields()[fieldName];
    if (!field) continue;
    if (fieldName === 'totalCount') {
      rows += 1;
      continue;
    }
    let args: Args;
    try {
      args = getArgumentValues(field, node, walk.variables);
    } catch {
      continue; // the arguments do not coerce: execution refuses them before any database work
    }
    const fieldRoot = type === walk.schema.getQueryType() ? args : root;
    const nullable = getNullableType(field.type);
    const named = getNamedType(field.type);
    if (!isObjectType(named) && !isAbstractType(named)) continue;
    const isList = isListType(nullable);
    const limit = firstLimit(type, field);
    // An explicit null means the default too (the resolvers read `first ?? default`).
    const firstArg = field.args.find((a) => a.name === 'first');
    const given = firstArg ? (args.first ?? firstArg.defaultValue) : undefined;
    const first = typeof given === 'number' ? Math.max(0, Math.min(given, limit ?? Infinity)) : undefined;
    const isConnection = isObjectType(named) && named.getFields().edges !== undefined && first !== undefined;

    // How many items this field holds per parent, and how many rows they add of their own.
    let items = 1;
    let ownRows = 0;
    if (isList) {
      if (first !== undefined) {
        items = first;
        ownRows = first;
      } else if ((fieldName === 'edges' || fieldName === 'nodes') && page >= 0) {
        items = page;
        // A connection's items are counted once, whether asked for as edges, nodes or both.
        ownRows = fieldName === 'nodes' && selectsEdges ? 0 : page;
      } else if (isCitationList(fieldName, named.name)) {
        items = MAX_SOURCES_PER_ITEM;
        ownRows = 1;
      } else {
        // The parts of a research answer multiply what is below them; only its items are rows.
        const coordinate = `${type.name}.${fieldName}`;
        items = LIST_BOUNDS[coordinate]?.(fieldRoot) ?? 1;
        if (COUNTED_PARTS.has(coordinate)) ownRows = items;
      }
    }
    const runtimeTypes = isAbstractType(named) ? walk.schema.getPossibleTypes(named) : [named];
    // A connection's page size goes to its edges and nodes.
    const subPage = isConnection ? first : -1;
    const context = `${subPage}|${JSON.stringify(fieldRoot)}`;
    let worst: RequestCost = { rows: 0 };
    for (const runtime of runtimeTypes) {
      const sub = collectSubfields(walk.schema, walk.fragments, walk.variables, runtime, nodes);
      if (sub.size === 0) continue;
      // Kinds that select the same fields (no fragment on them) cost the same: worked out once.
      const cost = objectCost(walk, runtime, sub, subPage, fieldRoot, `${context}|${selectionKey(walk, sub)}`);
      if (cost.rows > worst.rows) worst = cost;
    }
    const added = ownRows + items * worst.rows;
    rows += added;
    const inner = worst.heaviest ? { ...worst.heaviest, path: [responseKey, ...worst.heaviest.path], rows: worst.heaviest.rows * items } : undefined;
    const own: Heaviest | undefined = first !== undefined && first > 1 ? { path: [responseKey], argument: 'first', value: first, variable: variableOf(node), rows: added } : undefined;
    heaviest = heavier(heaviest, toLower(own, inner));
  }
  const cost = { rows, heaviest };
  walk.memo.set(key, cost);
  return cost;
}

/**
 * The worst case of `operation` with `rawVariables` (as the client sent them); undefined when the
 * variables do not coerce (execution refuses them with its own error, before any database work).
 */
export function requestCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Args = {}): RequestCost | undefined {
  // Clients send the same operations with the same few variables again and again (Apollo caches
  // the parsed document, so the operation node is the same object): remember their worst cases.
  const variablesKey = JSON.stringify(rawVariables);
  const remembered = variablesKey.length <= MAX_REMEMBERED_VARIABLES_LENGTH ? costs.get(operation) : undefined;
  if (remembered?.has(variablesKey)) return remembered.get(variablesKey);
  const cost = workOut(schema, document, operation, rawVariables);
  if (variablesKey.length <= MAX_REMEMBERED_VARIABLES_LENGTH) {
    const known = costs.get(operation) ?? new Map<string, RequestCost | undefined>();
    if (known.size >= MAX_REMEMBERED_PER_OPERATION) known.clear();
    costs.set(operation, known.set(variablesKey, cost));
  }
  return cost;
}

const costs = new WeakMap<OperationDefinitionNode, Map<string, RequestCost | undefined>>();
const MAX_REMEMBERED_VARIABLES_LENGTH = 2_000;
const MAX_REMEMBERED_PER_OPERATION = 64;

function workOut(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Args): RequestCost | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return undefined;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const walk: Walk = { schema, fragments, variables: coerced.coerced, memo: new Map(), nodeIds: new WeakMap(), nextNodeId: 0 };
  const fields = collectFields(schema, fragments, coerced.coerced, rootType, operation.selectionSet);
  return objectCost(walk, rootType, fields, -1, {}, 'root');
}
