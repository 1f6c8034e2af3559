/**
 * The query tree: what a root field's selection asks of the graph below an entity, built from the
 * resolve info with graphql-js's own field collection (aliases, fragments, inline fragments on
 * entity kinds, variables, @include/@skip). Each entity selection lists, per response key, the
 * relationship connections (with their compiled EdgeConnectionPlan), the entity's sources and a
 * trade observation's exporter/importer/commodity, and recursively what is selected on the
 * entities and relationships they reach. tree.cypher.ts prints it as one statement; tree.rows.ts
 * reads the answer back into records that carry their nested values (carry.ts).
 *
 * Fields the tree leaves out (a plan whose arguments are refused for some kind, anything past
 * MAX_TREE_DEPTH) are simply not carried: their resolvers report refused arguments, coded, and
 * read the rest through the subtree loader (tree.loader.ts), which starts a new tree there.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
// The same files the schema's own `graphql` resolves to (the package's CommonJS build), so type
// checks see one copy of graphql-js under Node and under the test runner alike.
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { getArgumentValues } from 'graphql/execution/values.js';
import { getNamedType, isObjectType } from 'graphql/type/definition.js';
import { ENTITY_KINDS, isEntityKind, type EntityKind } from '../../model/kinds.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../../model/relationshipFields.js';
import { EdgeConnectionPlan } from '../relationship/relationship.connection.js';

/** Entity levels below a root field that the tree reaches (the document depth limit is lower). */
export const MAX_TREE_DEPTH = 12;

/** The single neighbours of a trade observation (the first by id, should there be more). */
const TRADE_NEIGHBOURS: Record<string, RelationshipField> = {
  exporter: { type: 'EXPORTER', direction: 'OUT' },
  importer: { type: 'IMPORTER', direction: 'OUT' },
  commodity: { type: 'OF', direction: 'OUT' },
};

/** What is selected on an entity that can be any of `kinds`. */
export interface EntitySelection {
  kinds: readonly EntityKind[];
  children: TreeChild[];
  /**
   * The stored properties the selected fields read (besides `id`, `name` and the label, always
   * read); undefined: every property (a field with a resolver this file does not know, or a
   * selection the tree does not look into).
   */
  properties?: string[];
}

/** Entity fields with their own resolver (src/modules/entity) and the properties it reads. */
const RESOLVED_ENTITY_FIELDS: Record<string, readonly string[]> = {
  // parseEntity sets it from the kind's label.
  kind: [],
  tickers: ['tickers'],
  estimate: ['estimate'],
  changes: ['changeBases', 'changePercents', 'changeComparedTo'],
  importDependence: [],
};

/** Relationship fields with their own resolver (src/modules/relationship) and the properties it reads. */
const RESOLVED_RELATIONSHIP_FIELDS: Record<string, readonly string[]> = {
  canonicalQuantity: ['quantity', 'unit'],
  canonicalUnit: ['unit'],
};

/** Relationship fields that are not stored properties (toRelationship builds them). */
const BUILT_RELATIONSHIP_FIELDS = new Set(['id', 'type', 'from', 'to', 'sources', '__typename']);

/**
 * Adds to `into` the properties field `fieldName` of `type` reads; false when it cannot be told
 * (a field with a resolver that is not in `resolved`), so that every property is read.
 */
function propertiesOf(type: GraphQLObjectType, fieldName: string, resolved: Record<string, readonly string[]>, into: Set<string>): boolean {
  if (fieldName === '__typename') return true;
  if (Object.hasOwn(resolved, fieldName)) {
    for (const property of resolved[fieldName]!) into.add(property);
    return true;
  }
  const definition = type.getFields()[fieldName];
  if (!definition || definition.resolve) return false;
  into.add(fieldName);
  return true;
}

interface ChildBase {
  /** The response key (alias or field name). */
  key: string;
  /** The kinds this child applies to (a label guard when fewer than the selection's kinds). */
  kinds: EntityKind[];
  /** A number unique in the tree: names the child's column and Cypher variables. */
  n: number;
}

/** A relationship connection, e.g. `produces(first: 5, where: …) { totalCount edges { … } }`. */
export interface ConnectionChild extends ChildBase {
  type: 'connection';
  fieldName: string;
  /** The arguments as GraphQL coerced them (JSON), part of the carried value's signature. */
  argsJson: string;
  /** One plan per kind (cursors name the kind's field); all print the same Cypher. */
  plans: Map<EntityKind, EdgeConnectionPlan>;
  withCount: boolean;
  node: EntitySelection;
  relationship: RelationshipSelection;
}

/** A trade observation's exporter, importer or commodity. */
export interface SingleChild extends ChildBase {
  type: 'single';
  fieldName: string;
  field: RelationshipField;
  node: EntitySelection;
}

/** An entity's sources (REPORTED_IN), newest first. */
export interface SourcesChild extends ChildBase {
  type: 'sources';
  node: EntitySelection;
}

export type TreeChild = ConnectionChild | SingleChild | SourcesChild;

/** What is selected on the relationship of a connection's edges. */
export interface RelationshipSelection {
  /**
   * The stored properties the selected fields read (besides `id` and `sources`, always read);
   * undefined: every property. The sources a relationship cites are not read here: its `sources`
   * resolver reads those of every relationship of the answer by id in one statement, which costs
   * one round trip and saves the engine a nested subquery per connection to plan (a third of the
   * planning time of the entity page's statement).
   */
  properties?: string[];
  /**
   * The start and end entities, read from the relationship when the parent and the neighbour do
   * not already read everything selected on them (see endsReadElsewhere).
   */
  from?: EntitySelection;
  to?: EntitySelection;
}

interface Builder {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  next: number;
  /** Identity of field nodes, so that children from one fragment shared by several kinds print once. */
  nodeIds: WeakMap<FieldNode, number>;
  nodeSeq: number;
}

function nodeIdentity(builder: Builder, nodes: readonly FieldNode[]): string {
  return nodes
    .map((node) => {
      let id = builder.nodeIds.get(node);
      if (id === undefined) builder.nodeIds.set(node, (id = builder.nodeSeq++));
      return id;
    })
    .join(',');
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
  return type;
}

function subfields(builder: Builder, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
  return collectSubfields(builder.schema, builder.fragments, builder.variables, type, nodes);
}

/** The nodes of every field named `name` among `fields` (aliases merged: they resolve to one object). */
function named(fields: Map<string, readonly FieldNode[]>, name: string): FieldNode[] {
  return [...fields.values()].flat().filter((node) => node.name.value === name);
}

function entitySelection(builder: Builder, nodes: readonly FieldNode[], kinds: readonly EntityKind[], depth: number): EntitySelection {
  const selection: EntitySelection = { kinds, children: [] };
  if (nodes.length === 0 || depth > MAX_TREE_DEPTH) return selection;
  // Children with the same key, field and field nodes (one fragment on Entity) are one child for several kinds.
  const groups = new Map<string, { kinds: EntityKind[]; make: (kinds: EntityKind[]) => TreeChild | undefined; plans?: Map<EntityKind, EdgeConnectionPlan> }>();
  const properties = new Set<string>();
  let allProperties = false;
  for (const kind of kinds) {
    const type = objectType(builder.schema, kind);
    const relationships: Record<string, RelationshipField> = RELATIONSHIP_FIELDS[kind];
    for (const [key, fieldNodes] of subfields(builder, type, nodes)) {
      const first = fieldNodes[0];
      if (!first) continue;
      const fieldName = first.name.value;
      const identity = nodeIdentity(builder, fieldNodes);
      const field = Object.hasOwn(relationships, fieldName) ? relationships[fieldName] : undefined;
      if (field) {
        const definition = type.getFields()[fieldName];
        if (!definition) continue;
        const connectionType = objectType(builder.schema, namedTypeName(definition.type));
        const args = getArgumentValues(definition, first, builder.variables);
        const inner = subfields(builder, connectionType, fieldNodes);
        const withCount = named(inner, 'totalCount').length > 0;
        let plan: EdgeConnectionPlan;
        try {
          plan = new EdgeConnectionPlan(`${kind}.${fieldName}`, field, args);
        } catch {
          continue; // the resolver reports it, for the kinds it concerns
        }
        const argsJson = JSON.stringify(args);
        const groupKey = `connection|${key}|${field.type}|${field.direction}|${argsJson}|${identity}`;
        let group = groups.get(groupKey);
        if (!group) {
          const plans = new Map<EntityKind, EdgeConnectionPlan>();
          group = { kinds: [], plans, make: (childKinds) => connectionChild(builder, { key, fieldName, argsJson, plans, withCount, inner, connectionType, kinds: childKinds }, depth) };
          groups.set(groupKey, group);
        }
        group.kinds.push(kind);
        group.plans?.set(kind, plan);
      } else if (kind === 'TradeObservation' && Object.hasOwn(TRADE_NEIGHBOURS, fieldName)) {
        const neighbour = TRADE_NEIGHBOURS[fieldName]!;
        const groupKey = `single|${key}|${fieldName}|${identity}`;
        let group = groups.get(groupKey);
        if (!group) {
          group = {
            kinds: [],
            make: (childKinds) => ({ type: 'single', key, fieldName, field: neighbour, kinds: childKinds, n: builder.next++, node: entitySelection(builder, fieldNodes, ENTITY_KINDS, depth + 1) }),
          };
          groups.set(groupKey, group);
        }
        group.kinds.push(kind);
      } else if (fieldName === 'sources' && kind !== 'Source') {
        // A source's `sources` is the source itself: nothing to read.
        const groupKey = `sources|${key}|${identity}`;
        let group = groups.get(groupKey);
        if (!group) {
          group = { kinds: [], make: (childKinds) => ({ type: 'sources', key, kinds: childKinds, n: builder.next++, node: entitySelection(builder, fieldNodes, ['Source'], depth + 1) }) };
          groups.set(groupKey, group);
        }
        group.kinds.push(kind);
      } else if (fieldName !== 'sources' && !allProperties) {
        allProperties = !propertiesOf(type, fieldName, RESOLVED_ENTITY_FIELDS, properties);
      }
    }
  }
  if (!allProperties) selection.properties = [...properties].filter((p) => p !== 'id' && p !== 'name').sort();
  for (const group of groups.values()) {
    const child = group.make(group.kinds);
    if (!child) continue;
    if (child.type === 'connection') endsReadElsewhere(child, selection);
    selection.children.push(child);
  }
  return selection;
}

/** Whether `reader` reads every property `wanted` reads (undefined: every property). */
const readsAll = (reader: EntitySelection, wanted: EntitySelection) =>
  reader.properties === undefined || (wanted.properties !== undefined && wanted.properties.every((p) => reader.properties!.includes(p)));

/**
 * Leaves a relationship's `from` and `to` out of the statement when the parent and the neighbour
 * already read all that is selected on them (the usual `from { id name kind }`): each end is one
 * of the two (tree.rows.ts takes it by the edge's direction), and every end read from the
 * relationship is one more projection for the engine to plan.
 */
function endsReadElsewhere(child: ConnectionChild, parent: EntitySelection): void {
  for (const end of ['from', 'to'] as const) {
    const selection = child.relationship[end];
    if (selection && selection.children.length === 0 && readsAll(parent, selection) && readsAll(child.node, selection)) delete child.relationship[end];
  }
}

function namedTypeName(type: GraphQLOutputType): string {
  return getNamedType(type).name;
}

function connectionChild(
  builder: Builder,
  spec: { key: string; fieldName: string; argsJson: string; plans: Map<EntityKind, EdgeConnectionPlan>; withCount: boolean; inner: Map<string, readonly FieldNode[]>; connectionType: GraphQLObjectType; kinds: EntityKind[] },
  depth: number,
): ConnectionChild {
  const n = builder.next++;
  const edgesField = spec.connectionType.getFields().edges;
  const edgeType = edgesField ? objectType(builder.schema, namedTypeName(edgesField.type)) : undefined;
  const edgeFields = edgeType ? subfields(builder, edgeType, named(spec.inner, 'edges')) : new Map<string, readonly FieldNode[]>();
  const relationshipField = edgeType?.getFields().relationship;
  const relationshipNodes = named(edgeFields, 'relationship');
  const relationship: RelationshipSelection = { properties: [] };
  if (relationshipField && relationshipNodes.length > 0) {
    const relationshipType = objectType(builder.schema, namedTypeName(relationshipField.type));
    const fields = subfields(builder, relationshipType, relationshipNodes);
    const properties = new Set<string>();
    let allProperties = false;
    for (const nodes of fields.values()) {
      const fieldName = nodes[0]?.name.value;
      if (fieldName !== undefined && !BUILT_RELATIONSHIP_FIELDS.has(fieldName) && !allProperties) allProperties = !propertiesOf(relationshipType, fieldName, RESOLVED_RELATIONSHIP_FIELDS, properties);
    }
    relationship.properties = allProperties ? undefined : [...properties].sort();
    for (const end of ['from', 'to'] as const) {
      const endNodes = named(fields, end);
      if (endNodes.length === 0) continue;
      relationship[end] = entitySelection(builder, endNodes, ENTITY_KINDS, depth + 1);
    }
  }
  return {
    type: 'connection',
    key: spec.key,
    kinds: spec.kinds,
    n,
    fieldName: spec.fieldName,
    argsJson: spec.argsJson,
    plans: spec.plans,
    withCount: spec.withCount,
    node: entitySelection(builder, named(edgeFields, 'node'), ENTITY_KINDS, depth + 1),
    relationship,
  };
}

/** The kinds a GraphQL type can be at run time: itself for an entity type, every kind for Entity/Node. */
export function kindsOf(typeName: string): readonly EntityKind[] {
  return isEntityKind(typeName) ? [typeName] : ENTITY_KINDS;
}

/** The tree below the entities `nodes` select (e.g. the root field's own nodes, or a connection's `nodes`). */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>, nodes: readonly FieldNode[], kinds: readonly EntityKind[]): EntitySelection {
  const builder: Builder = { schema: info.schema, fragments: info.fragments, variables: info.variableValues, next: 0, nodeIds: new WeakMap(), nodeSeq: 0 };
  return entitySelection(builder, nodes, kinds, 0);
}

/** The nodes of the field `fieldName` of the objects `nodes` select (e.g. a search hit's `entity`), merged. */
export function fieldNodesUnder(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>, typeName: string, nodes: readonly FieldNode[], fieldName: string): FieldNode[] {
  const builder: Builder = { schema: info.schema, fragments: info.fragments, variables: info.variableValues, next: 0, nodeIds: new WeakMap(), nodeSeq: 0 };
  return named(subfields(builder, objectType(info.schema, typeName), nodes), fieldName);
}

/**
 * Whether the objects `nodes` select, of type `typeName`, have any of `names` selected (aliases,
 * fragments and @include/@skip as graphql-js collects them): e.g. whether a reach query's items ask
 * for their routes.
 */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>, typeName: string, nodes: readonly FieldNode[], names: readonly string[]): boolean {
  const builder: Builder = { schema: info.schema, fragments: info.fragments, variables: info.variableValues, next: 0, nodeIds: new WeakMap(), nodeSeq: 0 };
  const fields = subfields(builder, objectType(info.schema, typeName), nodes);
  return names.some((name) => named(fields, name).length > 0);
}

/** The entity nodes of a root connection (`countries { nodes { … } edges { node { … } } }`), merged. */
export function connectionNodesOf(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>, connectionTypeName: string, nodes: readonly FieldNode[]): { entityNodes: FieldNode[]; withCount: boolean } {
  const builder: Builder = { schema: info.schema, fragments: info.fragments, variables: info.variableValues, next: 0, nodeIds: new WeakMap(), nodeSeq: 0 };
  const connectionType = objectType(info.schema, connectionTypeName);
  const fields = subfields(builder, connectionType, nodes);
  const entityNodes = named(fields, 'nodes');
  const edgesField = connectionType.getFields().edges;
  if (edgesField) {
    const edgeType = objectType(info.schema, namedTypeName(edgesField.type));
    entityNodes.push(...named(subfields(builder, edgeType, named(fields, 'edges')), 'node'));
  }
  return { entityNodes, withCount: named(fields, 'totalCount').length > 0 };
}
