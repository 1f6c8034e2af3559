/**
 * dependencies / exposure walk routes only when the request asks for something made of them: the
 * selection is read through aliases, inline fragments and named fragments.
 */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsUnder } from '../../src/modules/relationship/selection.js';

function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  return { fieldNodes: root, fragments };
}

const needsRoutes = (document: string) => selectsUnder(infoOf(document), ['items'], ['path', 'score', 'missingShares']);

describe('selectsUnder', () => {
  it('finds a field under items, directly, aliased, or through fragments', () => {
    expect(needsRoutes('{ exposure(to: "x") { items { tier path { length } } } }')).toBe(true);
    expect(needsRoutes('{ exposure(to: "x") { list: items { s: score } } }')).toBe(true);
    expect(needsRoutes('{ exposure(to: "x") { items { ... on ReachedEntity { missingShares } } } }')).toBe(true);
    expect(needsRoutes('{ exposure(to: "x") { ...R } } fragment R on ExposureResult { items { ...I } } fragment I on ReachedEntity { path { length } }')).toBe(true);
  });

  it('does not find it when only entities and tiers are asked for, or when it is outside items', () => {
    expect(needsRoutes('{ exposure(to: "x") { items { tier entity { id } } byKind { kind count } } }')).toBe(false);
    expect(needsRoutes('{ exposure(to: "x") { items { ...I } } } fragment I on ReachedEntity { tier entity { id name } }')).toBe(false);
    // A field named `path` elsewhere in the selection is not an item's path.
    expect(needsRoutes('{ exposure(to: "x") { to { id } items { tier } byCountry { count } } }')).toBe(false);
  });
});
