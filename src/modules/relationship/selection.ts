/** What a field's selection asks for, looking through inline fragments and fragment spreads. */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The field nodes named `name` in the selections of `nodes` (aliases and fragments included). */
function fieldsNamed(nodes: readonly FieldNode[], name: string, info: Pick<GraphQLResolveInfo, 'fragments'>): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    if (!set || depth > 16) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth + 1);
      else visit(info.fragments[selection.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const node of nodes) visit(node.selectionSet, 0);
  return found;
}

/**
 * Whether the resolving field's selection reaches any of `names` under `path` (e.g. `items` →
 * `path`). Conservative: a field under `@skip`/`@include` counts as selected.
 */
export function selectsUnder(info: SelectionInfo, path: readonly string[], names: readonly string[]): boolean {
  const under = path.reduce<readonly FieldNode[]>((nodes, step) => fieldsNamed(nodes, step, info), info.fieldNodes);
  return names.some((name) => fieldsNamed(under, name, info).length > 0);
}

/** Whether the resolving field's selection includes `name` directly (e.g. a connection's totalCount). */
export function selectsField(info: SelectionInfo, name: string): boolean {
  return selectsUnder(info, [], [name]);
}
