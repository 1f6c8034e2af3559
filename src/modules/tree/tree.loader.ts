/**
 * The nested fields of entities that no tree statement read below: the nodes and steps of research
 * paths, timeline items, mutation payloads, the sources a relationship cites outside a
 * tree, … Every nested field asked of such entities in one tick (the fields of every node of every
 * path, of whatever kind, say) is read through the query tree, with everything selected below it,
 * in one statement. So each such boundary costs one more round trip, however deep or wide the
 * selection below it; the entity is projected by the same printer as everywhere else
 * (tree.cypher.ts).
 */
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Kind } from 'graphql/language/kinds.js';
import { print } from 'graphql/language/printer.js';
import type { EntityKind } from '../../model/kinds.js';
import type { EntityRecord } from '../entity/entity.model.js';
import type { EntityRepository } from '../entity/entity.repository.js';
import { selectionOf } from './tree.js';

/** One nested field asked of one entity: the field's nodes as graphql-js collected them. */
interface Ask {
  id: string;
  kind: EntityKind;
  /** The field's response key: fields of one statement must not share one. */
  key: string;
  nodes: readonly FieldNode[];
  info: GraphQLResolveInfo;
}

/** The fields asked in one tick that one statement reads: per kind, fields with distinct response keys. */
interface Statement {
  /** Per kind: each response key with the text of its field (the same key may come twice only as the same field), and the field nodes. */
  kinds: Map<EntityKind, { keys: Map<string, string>; nodes: FieldNode[] }>;
  ids: Set<string>;
  info: GraphQLResolveInfo;
}

/**
 * A field node standing for the parent entity (what selectionOf reads below), selecting each
 * kind's fields in an inline fragment on that kind, so that each kind reads only its own.
 */
const parentSelecting = (statement: Statement): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: 'entity' },
  selectionSet: {
    kind: Kind.SELECTION_SET,
    selections: [...statement.kinds].map(([kind, { nodes }]) => ({
      kind: Kind.INLINE_FRAGMENT,
      typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: kind } },
      selectionSet: { kind: Kind.SELECTION_SET, selections: nodes },
    })),
  },
});

export function createSubtreeLoader(entities: EntityRepository) {
  // graphql-js collects the fields of every object of one list once, so one array of field nodes
  // stands for one field of one selection, whichever entity asks it.
  const identities = new WeakMap<readonly FieldNode[], number>();
  let next = 0;
  const identity = (nodes: readonly FieldNode[]) => {
    let id = identities.get(nodes);
    if (id === undefined) identities.set(nodes, (id = next++));
    return id;
  };
  const at = (ask: Ask) => `${ask.kind}|${identity(ask.nodes)}`;

  const loader = new DataLoader<Ask, EntityRecord | null, string>(
    async (asks) => {
      const statements: Statement[] = [];
      const placed = new Map<string, Statement>();
      for (const ask of asks) {
        let statement = placed.get(at(ask));
        if (!statement) {
          // The same response key under two parents (a path step's `from` and `to`) reads
          // in one statement when it is the same field; with other arguments or fields below, in another.
          const text = ask.nodes.map((node) => print(node)).join(' ');
          statement = statements.find((s) => [undefined, text].includes(s.kinds.get(ask.kind)?.keys.get(ask.key)));
          if (!statement) statements.push((statement = { kinds: new Map(), ids: new Set(), info: ask.info }));
          let fields = statement.kinds.get(ask.kind);
          if (!fields) statement.kinds.set(ask.kind, (fields = { keys: new Map(), nodes: [] }));
          fields.keys.set(ask.key, text);
          fields.nodes.push(...ask.nodes);
          placed.set(at(ask), statement);
        }
        statement.ids.add(ask.id);
      }
      const found = new Map(
        await Promise.all(
          statements.map(async (s) => [s, await entities.findTrees({ ids: [...s.ids], selection: selectionOf(s.info, [parentSelecting(s)], [...s.kinds.keys()]) })] as const),
        ),
      );
      return asks.map((ask) => found.get(placed.get(at(ask))!)?.get(ask.id) ?? null);
    },
    { cacheKeyFn: (ask) => `${at(ask)}|${ask.id}` },
  );

  return {
    /**
     * What `entity` carries for the resolving field (`find`: carry.ts, with the field's signature),
     * read through the tree when the entity came without it; undefined when it is not there (the
     * entity no longer exists, or has no such neighbour).
     */
    async carried<T>(entity: EntityRecord, info: GraphQLResolveInfo, find: (parent: object, key: string | number) => T | undefined): Promise<T | undefined> {
      const carried = find(entity, info.path.key);
      if (carried !== undefined) return carried;
      const read = await loader.load({ id: entity.id, kind: entity.label, key: String(info.path.key), nodes: info.fieldNodes, info });
      return read ? find(read, info.path.key) : undefined;
    },
  };
}
export type SubtreeLoader = ReturnType<typeof createSubtreeLoader>;
