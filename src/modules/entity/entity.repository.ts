import type { Database } from '../../db/database.js';
import { scalarText } from '../../db/values.js';
import { parseEntity, type EntityRecord } from './entity.model.js';
import { ParamBag } from '../../cypher/params.js';
import type { EntitySelection } from '../tree/tree.js';
import { entitiesTreeQuery, entityTreeQuery } from '../tree/tree.cypher.js';
import { readEntity } from '../tree/tree.rows.js';
import { COUNT_ENTITIES, FIND_ENTITIES_BY_IDS, FIND_SOURCES_OF_ENTITIES } from './entity.queries.js';

export class EntityRepository {
  constructor(private readonly db: Database) {}

  /** The entities with these ids, in one round trip; unknown ids are simply absent. */
  async findByIds({ ids }: { ids: readonly string[] }): Promise<Map<string, EntityRecord>> {
    const rows = await this.db.read('entity.findByIds', FIND_ENTITIES_BY_IDS, { ids });
    return new Map(rows.map((row) => { const e = parseEntity(row.entity); return [e.id, e]; }));
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

  /** The sources cited by each of these entities, newest first. */
  async sourcesOf({ ids }: { ids: readonly string[] }): Promise<Map<string, EntityRecord[]>> {
    const rows = await this.db.read('entity.sourcesOf', FIND_SOURCES_OF_ENTITIES, { ids });
    return new Map(rows.map((row) => [scalarText(row.id), (row.sources as unknown[]).map(parseEntity)]));
  }

  async count(): Promise<number> {
    const [row] = await this.db.read('entity.count', COUNT_ENTITIES);
    return Number(row?.count ?? 0);
  }
}
