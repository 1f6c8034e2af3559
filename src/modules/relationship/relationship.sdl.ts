/**
 * The SDL of the relationship connections, generated from src/model/relationshipConnections.ts:
 * per edge type a Connection, an Edge, a Where input (only the properties that type has, so a
 * filter on a property the type lacks fails GraphQL validation) and an Order input.
 * `npm run codegen` writes it to schema/relationship-connections.graphql; `codegen:check` fails on drift.
 */
import { EDGE_CONNECTIONS, edgeFilters, edgeSortKeys, type EdgeTypeName } from '../../model/relationshipConnections.js';

const FILTER_INPUT = { number: 'NumberFilter', string: 'StringFilter', date: 'DateFilter' } as const;

function edgeTypeSdl(type: EdgeTypeName): string {
  const { stem } = EDGE_CONNECTIONS[type];
  const filters = Object.entries(edgeFilters(type))
    .map(([name, f]) => `  "${f.description}"\n  ${name}: ${FILTER_INPUT[f.type]}`)
    .join('\n');
  const order = Object.entries(edgeSortKeys(type))
    .map(([value, key]) => `  "${key.description}"\n  ${value}`)
    .join('\n');
  return `"A page of ${type}s seen from one of their ends."
type ${stem}Connection {
  "The relationships of this page, each with its cursor, the entity at the other end and the direction."
  edges: [${stem}Edge!]!
  "Where this page is, and whether more pages exist."
  pageInfo: PageInfo!
  "How many relationships match the filter, counted in the database."
  totalCount: Int!
}

"One ${type} seen from one of its ends: the entity at the other end and which way the relationship points. The relationship itself is the same from both ends."
type ${stem}Edge {
  "Pass as \`after\` to continue after this edge (same field, same orderBy)."
  cursor: String!
  "Which way the relationship points, seen from the entity whose field this is."
  direction: Direction!
  "The entity at the other end."
  node: Entity!
  "The relationship itself, the same object from both ends."
  relationship: ${type}!
}

"Filters for ${type}s: every field given must match (AND)."
input ${stem}Where {
  "The entity at the other end."
  node: NeighbourWhere
  "Holds on this date (YYYY-MM-DD, YYYY-MM or YYYY): no validFrom after it, no validTo before it."
  validOn: String
${filters}
}

"Sort keys for ${type}s. Ties are broken by the related entity's id, then the relationship's id."
enum ${stem}OrderField {
${order}
}

"How to sort ${type}s."
input ${stem}Order {
  "What to sort by."
  field: ${stem}OrderField!
  "Ascending (the default) or descending."
  direction: SortDirection = ASC
}`;
}

export function relationshipConnectionsSdl(): string {
  const header = `# Generated from src/model/relationshipConnections.ts by \`npm run codegen\`: do not edit.

"A condition on the entity at the other end of a relationship."
input NeighbourWhere {
  "Matches on the id."
  id: IDFilter
  "Matches on the name."
  name: StringFilter
  "Any of these kinds."
  kind: [EntityKind!]
}`;
  return `${[header, ...(Object.keys(EDGE_CONNECTIONS) as EdgeTypeName[]).map(edgeTypeSdl)].join('\n\n')}\n`;
}
