/**
 * The nested fields of entities that no tree statement read below: the nodes of research paths, a
 * trade series' ends, timeline items, mutation payloads, the sources a relationship cites outside a
 * tree, … Every nested field asked of such entities in one tick (the fields of every node of every
 * path, say) is read through the query tree, with everything selected below it, in one statement
 * per kind. So each such boundary costs one more round trip, however deep or wide the selection
 * below it; the entity is projected by the same printer as everywhere else (tree.cypher.ts).
 */
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Kind } from 'graphql/language/kinds.js';
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

/** The fields asked in one tick that one statement reads: one kind, distinct response keys. */
interface Statement {
  kind: EntityKind;
  keys: Set<string>;
  nodes: FieldNode[];
  ids: Set<string>;
  info: GraphQLResolveInfo;
}

/** A field node standing for the parent entity, selecting `nodes` (what selectionOf reads below). */
const parentSelecting = (nodes: readonly FieldNode[]): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: 'entity' },
  selectionSet: { kind: Kind.SELECTION_SET, selections: nodes },
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
          // The same response key under two parents may carry other arguments: another statement.
          statement = statements.find((s) => s.kind === ask.kind && !s.keys.has(ask.key));
          if (!statement) statements.push((statement = { kind: ask.kind, keys: new Set(), nodes: [], ids: new Set(), info: ask.info }));
          statement.keys.add(ask.key);
          statement.nodes.push(...ask.nodes);
          placed.set(at(ask), statement);
        }
        statement.ids.add(ask.id);
      }
      const found = new Map(
        await Promise.all(
          statements.map(async (s) => [s, await entities.findTrees({ ids: [...s.ids], selection: selectionOf(s.info, [parentSelecting(s.nodes)], [s.kind]) })] as const),
        ),
      );
      return asks.map((ask) => found.get(placed.get(at(ask))!)?.get(ask.id) ?? null);
    },
    { cacheKeyFn: (ask) => `${at(ask)}|${ask.id}` },
  );

  return {
    /**
     * `entity` as read again with the resolving field (and every field asked with it) carried;
     * null when the entity no longer exists.
     */
    load: (entity: EntityRecord, info: GraphQLResolveInfo): Promise<EntityRecord | null> =>
      loader.load({ id: entity.id, kind: entity.label, key: String(info.path.key), nodes: info.fieldNodes, info }),
  };
}
export type SubtreeLoader = ReturnType<typeof createSubtreeLoader>;
