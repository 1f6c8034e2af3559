/**
 * The schema (schema/*.graphql) is written by hand; the resolvers are built from the tables in
 * src/model. These tests keep the two in step.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLEnumType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS, ORDER_FIELDS, SCALAR_FILTERS } from '../../src/model/filters.js';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../src/model/relationshipFields.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { EDGE_CONNECTIONS, edgeFilters, edgeSortKeys, type EdgeTypeName } from '../../src/model/relationshipConnections.js';
import { relationshipConnectionsSdl } from '../../src/modules/relationship/relationship.sdl.js';
import { loadTypeDefs } from '../../src/http/server.js';
import { connectionResolvers } from '../../src/modules/connection/connection.resolvers.js';

const schema = buildSchema(loadTypeDefs());

describe('schema and model tables', () => {
  it('declares exactly the relationship fields of the table, each a connection of its relationship type', () => {
    for (const [typeName, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      const declared = Object.values(type.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection'));
      expect(declared.map((f) => f.name).sort(), typeName).toEqual(Object.keys(fields).sort());
      for (const [name, field] of Object.entries(fields as Record<string, RelationshipField>)) {
        const { stem } = EDGE_CONNECTIONS[RELATIONSHIP_GRAPHQL_TYPE[field.type]];
        const declaredField = type.getFields()[name]!;
        expect(getNamedType(declaredField.type).name, `${typeName}.${name}`).toBe(`${stem}Connection`);
        expect(declaredField.args.map((a) => `${a.name}: ${a.type.toString()}`), `${typeName}.${name}`).toEqual([
          'first: Int',
          'after: String',
          `where: ${stem}Where`,
          `orderBy: [${stem}Order!]`,
        ]);
        const edge = schema.getType(`${stem}Edge`) as GraphQLObjectType;
        expect(getNamedType(edge.getFields().relationship!.type).name).toBe(RELATIONSHIP_GRAPHQL_TYPE[field.type]);
      }
    }
  });

  it('commits the relationship connections SDL that the model table generates', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, 'schema', 'relationship-connections.graphql'), 'utf8')).toBe(relationshipConnectionsSdl());
  });

  it("lets each relationship connection filter and sort only on that type's properties", () => {
    for (const type of Object.keys(EDGE_CONNECTIONS) as EdgeTypeName[]) {
      const { stem } = EDGE_CONNECTIONS[type];
      const where = schema.getType(`${stem}Where`) as GraphQLInputObjectType;
      expect(Object.keys(where.getFields()).sort(), stem).toEqual(['node', 'validOn', ...Object.keys(edgeFilters(type))].sort());
      const relationship = schema.getType(type) as GraphQLObjectType;
      for (const name of Object.keys(edgeFilters(type))) expect(Object.keys(relationship.getFields()), `${type}.${name}`).toContain(name);
      const order = schema.getType(`${stem}OrderField`) as GraphQLEnumType;
      expect(order.getValues().map((v) => v.name).sort()).toEqual(Object.keys(edgeSortKeys(type)).sort());
    }
    // PRODUCES has a share, MAKES has none: the filter is refused by validation, not ignored.
    expect(Object.keys((schema.getType('ProducesWhere') as GraphQLInputObjectType).getFields())).toContain('share');
    expect(Object.keys((schema.getType('MakesWhere') as GraphQLInputObjectType).getFields())).not.toContain('share');
  });

  it("gives each edge type its relationship's properties", () => {
    for (const [relType, spec] of Object.entries(RELATIONSHIP_TYPES)) {
      const type = schema.getType(RELATIONSHIP_GRAPHQL_TYPE[relType as keyof typeof RELATIONSHIP_TYPES]);
      expect(isObjectType(type)).toBe(true);
      const fields = Object.keys((type as GraphQLObjectType).getFields());
      for (const property of Object.keys(spec.properties)) expect(fields, `${relType}.${property}`).toContain(property);
    }
  });

  it('declares a connection, where, and order input for each connection kind, matching the filter tables', () => {
    const query = schema.getQueryType()!.getFields();
    for (const kind of CONNECTION_KINDS) {
      expect(getNamedType(query[CONNECTION_ROOT_FIELDS[kind]]!.type).name).toBe(`${kind}Connection`);
      const where = schema.getType(`${kind}Where`);
      expect(isInputObjectType(where)).toBe(true);
      const whereFields = Object.keys((where as GraphQLInputObjectType).getFields()).sort();
      const expected = ['AND', 'OR', 'NOT', ...Object.keys(SCALAR_FILTERS[kind]), ...Object.keys(RELATIONSHIP_FIELDS[kind])].sort();
      expect(whereFields, kind).toEqual(expected);
      const order = schema.getType(`${kind}OrderField`) as GraphQLEnumType;
      expect(order.getValues().map((v) => v.name).sort()).toEqual(Object.keys(ORDER_FIELDS[kind]).sort());
    }
  });

  it('resolves exactly the connection kinds of the table, each root field and connection type', () => {
    const { Query, ...types } = connectionResolvers;
    expect(Object.keys(Query ?? {}).sort()).toEqual(CONNECTION_KINDS.map((k) => CONNECTION_ROOT_FIELDS[k]).sort());
    expect(Object.keys(types).sort()).toEqual(CONNECTION_KINDS.map((k) => `${k}Connection`).sort());
  });
});
