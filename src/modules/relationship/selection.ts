/** What a field's selection asks for, looking through inline fragments and fragment spreads. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, depth = 0): boolean {
  if (!set || depth > 16) return false;
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet, name, info, depth + 1);
    return selects(info.fragments[selection.name.value]?.selectionSet, name, info, depth + 1);
  });
}

/** Whether the resolving field's selection includes `name` directly (e.g. a connection's totalCount). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info));
}
