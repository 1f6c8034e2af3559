import type { Database } from '../../db/database.js';
import { scalarText } from '../../db/values.js';
import type { EntityRecord } from './entity.model.js';
import { ParamBag } from '../../cypher/params.js';
import type { EntitySelection } from '../tree/tree.js';
import { entitiesTreeQuery, entityTreeQuery } from '../tree/tree.cypher.js';
import { readEntity } from '../tree/tree.rows.js';
import { COUNT_ENTITIES } from './entity.queries.js';
import { ENTITY_KINDS } from '../../model/kinds.js';

/** Any kind, every stored property, nothing below: an entity as a by-id lookup reads it. */
const EVERY_PROPERTY: EntitySelection = { kinds: ENTITY_KINDS, children: [] };

export class EntityRepository {
  constructor(private readonly db: Database) {}

  /** The entities with these ids and every stored property, in one round trip; unknown ids are simply absent. */
  async findByIds({ ids }: { ids: readonly string[] }): Promise<Map<string, EntityRecord>> {
    return this.findTrees({ ids, selection: EVERY_PROPERTY });
  }

  /**
   * One entity with everything `selection` asks below it (relationship connections, sources, …,
   * nested), in one statement; null for an unknown id.
   */
  async findTree({ id, selection }: { id: string; selection: EntitySelection }): Promise<EntityRecord | null> {
    const bag = new ParamBag();
    const cypher = entityTreeQuery(selection, bag);
    const [row] = await this.db.read('tree.entity', cypher, { ...bag.values, id });
    return row ? readEntity(row.entity, selection) : null;
  }

  /**
   * Many entities with everything `selection` asks below each, in one statement (the entities a
   * research answer reached, whose nested fields the query asks for); unknown ids are absent.
   */
  async findTrees({ ids, selection }: { ids: readonly string[]; selection: EntitySelection }): Promise<Map<string, EntityRecord>> {
    const bag = new ParamBag();
    const rows = await this.db.read('tree.entities', entitiesTreeQuery(selection, bag), { ...bag.values, ids: [...ids] });
    return new Map(rows.map((row) => [scalarText(row.id), readEntity(row.entity, selection)]));
  }

  async count(): Promise<number> {
    const [row] = await this.db.read('entity.count', COUNT_ENTITIES);
    return Number(row?.count ?? 0);
  }
}
