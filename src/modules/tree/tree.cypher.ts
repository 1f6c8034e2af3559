/**
 * Prints a query tree (tree.ts) as Cypher expressions: an entity with nested selections becomes
 * `{ e: <its properties>, c: { c0: …, c1: … } }`, where each column is a `COLLECT { }` subquery
 * (a relationship connection keeps its top `first + 1` edges per parent with ORDER BY … LIMIT
 * before anything is projected), a `COUNT { }` for totalCount, or `head(COLLECT { })` for a
 * single neighbour. Labels and relationship types come from src/model tables, values are
 * parameters (the ParamBag), and every variable is numbered from the tree so that nested
 * subqueries never capture an outer one.
 *
 * Printed by hand rather than with @neo4j/cypher-builder: the filters (where.ts) and the
 * relationship connection plans already print parameterised Cypher text into a ParamBag, and a
 * second printer with its own variable and parameter naming would have meant two ways of writing
 * the same query; the printed text stays short enough to read in the snapshot tests.
 */
import { relationshipPattern } from '../../cypher/pattern.js';
import { ENTITY_KINDS, type EntityKind } from '../../model/kinds.js';
import { MAX_SOURCES_PER_ITEM } from '../../model/records.js';
import type { ParamBag } from '../../cypher/params.js';
import { labelsOf, projectEntity } from '../../cypher/entity.js';
import type { ConnectionChild, EntitySelection, SingleChild, SourcesChild, TreeChild } from './tree.js';

/** `v` or `v:Country|Region`: the parent pattern node, guarded when the child is not for every kind the parent can be. */
function guarded(variable: string, child: TreeChild, selection: EntitySelection): string {
  const all = selection.kinds.every((kind) => child.kinds.includes(kind));
  if (all) return variable;
  // Kinds are labels from the model table, in its order.
  const labels = ENTITY_KINDS.filter((kind: EntityKind) => child.kinds.includes(kind));
  return `${variable}:${labels.join('|')}`;
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** `.id, .name, .\`share\``: a map projection of the named properties (GraphQL field names, quoted). */
const selected = (properties: readonly string[]) => properties.map((p) => `.\`${p}\``).join(', ');

/** The entity's id, name, label and the properties its selected fields read (all when unknown). */
function projectSelected(variable: string, selection: EntitySelection): string {
  if (!selection.properties) return projectEntity(variable);
  return `${variable} { ${selected(['id', 'name', ...selection.properties])}, ${labelsOf(variable)} }`;
}

/** The expression for the entity bound to `variable` with what `selection` asks below it. */
export function printEntity(variable: string, selection: EntitySelection, bag: ParamBag): string {
  if (selection.children.length === 0) return projectSelected(variable, selection);
  const columns = selection.children.flatMap((child) => printChild(variable, child, selection, bag));
  return `{ e: ${projectSelected(variable, selection)}, c: {\n  ${columns.map((column) => indent(column, '  ')).join(',\n  ')}\n} }`;
}

/**
 * The printer of an entity that research statements return (a walk's start and items, a trade
 * series' ends): the tree's, when the request selects nested fields below it; otherwise every
 * property, so that all requests without nested fields share one statement text (the reach
 * statements cost a quarter of a second to plan).
 */
export function nestedPrinter(selection: EntitySelection | undefined, bag: ParamBag): (variable: string) => string {
  return selection && selection.children.length > 0 ? (variable) => printEntity(variable, selection, bag) : projectEntity;
}

function printChild(parent: string, child: TreeChild, selection: EntitySelection, bag: ParamBag): string[] {
  switch (child.type) {
    case 'connection':
      return printConnection(parent, child, selection, bag);
    case 'single':
      return [printSingle(parent, child, selection, bag)];
    case 'sources':
      return [printSources(parent, child, selection, bag)];
  }
}

function printConnection(parent: string, child: ConnectionChild, selection: EntitySelection, bag: ParamBag): string[] {
  const plan = child.plans.values().next().value;
  if (!plan) throw new Error(`no plan for ${child.fieldName}`);
  const r = `r${child.n}`;
  const o = `o${child.n}`;
  const s = `s${child.n}`;
  const { pattern, filter, pageFilter, sort, orderBy, limit } = plan.compile(guarded(parent, child, selection), r, o, bag);
  const rel = child.relationship;
  const ends: string[] = [];
  const properties = rel.properties ? `${r} { ${selected(['id', 'sources', ...rel.properties])} }` : `properties(${r})`;
  const fields = [`properties: ${properties}`, `outgoing: out${child.n}`, `sortValue: ${s}`, `node: ${indent(printEntity(o, child.node, bag), '    ')}`];
  if (rel.from) {
    ends.push(`startNode(${r}) AS f${child.n}`);
    fields.push(`from: ${indent(printEntity(`f${child.n}`, rel.from, bag), '    ')}`);
  }
  if (rel.to) {
    ends.push(`endNode(${r}) AS t${child.n}`);
    fields.push(`to: ${indent(printEntity(`t${child.n}`, rel.to, bag), '    ')}`);
  }
  const withEnds = ends.length > 0 ? `\n  WITH *, ${ends.join(', ')}` : '';
  const page = `c${child.n}: COLLECT {
  MATCH ${pattern}
  WHERE ${pageFilter}
  WITH ${r}, ${o}, ${sort} AS ${s}, startNode(${r}) = ${parent} AS out${child.n}
  ${orderBy(s)}
  LIMIT ${limit}${withEnds}
  RETURN {
    ${fields.join(',\n    ')}
  }
}`;
  if (!child.withCount) return [page];
  return [page, `c${child.n}n: COUNT { MATCH ${pattern} WHERE ${filter} }`];
}

function printSingle(parent: string, child: SingleChild, selection: EntitySelection, bag: ParamBag): string {
  const o = `o${child.n}`;
  const pattern = relationshipPattern(child.field.direction, guarded(parent, child, selection), `r${child.n}`, child.field.type, `${o}:Entity`);
  return `c${child.n}: head(COLLECT {
  MATCH ${pattern}
  WITH ${o} ORDER BY ${o}.id LIMIT 1
  RETURN ${indent(printEntity(o, child.node, bag), '  ')}
})`;
}

function printSources(parent: string, child: SourcesChild, selection: EntitySelection, bag: ParamBag): string {
  const o = `o${child.n}`;
  return `c${child.n}: COLLECT {
  MATCH (${guarded(parent, child, selection)})-[:REPORTED_IN]->(${o}:Source)
  WITH ${o} ORDER BY ${o}.published DESC, ${o}.id
  LIMIT ${MAX_SOURCES_PER_ITEM}
  RETURN ${indent(printEntity(o, child.node, bag), '  ')}
}`;
}

/** Many entities by id, each with everything the selection asks below it: the entities a research answer reached. */
export function entitiesTreeQuery(selection: EntitySelection, bag: ParamBag): string {
  return /* cypher */ `// tree.entities
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, ${printEntity('e', selection, bag)} AS entity`;
}

/** One entity by id with everything its selection asks below it: the statement of `entity(id)` / `node(id)`. */
export function entityTreeQuery(selection: EntitySelection, bag: ParamBag): string {
  return /* cypher */ `// tree.entity
MATCH (e:Entity {id: $id})
RETURN ${printEntity('e', selection, bag)} AS entity`;
}
