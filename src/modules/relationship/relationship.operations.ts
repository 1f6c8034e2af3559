/**
 * The typed operations' relationship selections, generated from the model tables: one fragment per
 * edge connection type (a page: its count, and each edge's direction, neighbour and relationship)
 * and one per kind (every relationship field of that kind, each a page of `$first`), gathered in
 * `EntityRelationships`. The explorer's `EntityDetails` (client/operations/entity.graphql) spreads
 * it, so a relationship field added to src/model/relationshipFields.ts reaches the explorer
 * without a hand edit.
 * `npm run codegen` writes it to client/operations/relationships.graphql; `codegen:check` fails on drift.
 */
import { EDGE_CONNECTIONS } from '../../model/relationshipConnections.js';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_GRAPHQL_TYPE } from '../../model/relationshipFields.js';

const stemOf = (type: keyof typeof RELATIONSHIP_GRAPHQL_TYPE) => EDGE_CONNECTIONS[RELATIONSHIP_GRAPHQL_TYPE[type]].stem;

export function relationshipOperations(): string {
  const used = new Set<string>();
  const kinds = Object.entries(RELATIONSHIP_FIELDS)
    .filter(([, fields]) => Object.keys(fields).length > 0)
    .map(([kind, fields]) => {
      const lines = Object.entries(fields).map(([name, field]) => {
        const stem = stemOf(field.type);
        used.add(stem);
        return `  ${name}(first: $first) {\n    ...${stem}Page\n  }`;
      });
      return `# Every relationship field of a ${kind}, each a page of $first.\nfragment ${kind}Relationships on ${kind} {\n${lines.join('\n')}\n}`;
    });
  const pages = [...used].sort().map(
    (stem) => `fragment ${stem}Page on ${stem}Connection {
  totalCount
  edges {
    direction
    node {
      ...EntityRef
    }
    relationship {
      ...RelationshipRef
    }
  }
}`,
  );
  const names = Object.entries(RELATIONSHIP_FIELDS)
    .filter(([, fields]) => Object.keys(fields).length > 0)
    .map(([kind]) => `  ...${kind}Relationships`);
  const all = `# Every relationship field of any entity, each a page of $first.\nfragment EntityRelationships on Entity {\n${names.join('\n')}\n}`;
  return `# Generated from src/model/relationshipFields.ts by \`npm run codegen\` (src/modules/relationship/relationship.operations.ts); do not edit.
# The explorer's EntityDetails (entity.graphql) spreads EntityRelationships; the fragments use its $first.

${[all, ...kinds, ...pages].join('\n\n')}
`;
}
