/**
 * The schema (schema/*.graphql) is written by hand; the resolvers are built from the tables in
 * src/model. These tests keep the two in step.
 */
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS, ORDER_FIELDS, SCALAR_FILTERS } from '../../src/model/filters.js';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../src/model/relationshipFields.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs());

describe('schema and model tables', () => {
  it('declares exactly the relationship fields of the table, each returning its edge type', () => {
    for (const [typeName, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      const declared = Object.values(type.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Relationship'));
      expect(declared.map((f) => f.name).sort(), typeName).toEqual(Object.keys(fields).sort());
      for (const [name, field] of Object.entries(fields as Record<string, RelationshipField>)) {
        expect(getNamedType(type.getFields()[name]!.type).name, `${typeName}.${name}`).toBe(RELATIONSHIP_GRAPHQL_TYPE[field.type]);
      }
    }
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
      const whereFields = Object.keys((where as any).getFields()).sort();
      const expected = ['AND', 'OR', 'NOT', ...Object.keys(SCALAR_FILTERS[kind]), ...Object.keys(RELATIONSHIP_FIELDS[kind])].sort();
      expect(whereFields, kind).toEqual(expected);
      const order = schema.getType(`${kind}OrderField`) as any;
      expect(order.getValues().map((v: any) => v.name).sort()).toEqual(Object.keys(ORDER_FIELDS[kind]).sort());
    }
  });
});
