import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import type { EntityKind } from '../../model/kinds.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { codesIn, namePatterns, subjectNames, toLuceneQuery } from './lucene.js';
import { SEARCH, searchQuery } from './search.queries.js';
import { ParamBag } from '../../cypher/params.js';
import type { Statement } from '../../cypher/statement.js';
import type { EntitySelection } from '../tree/tree.js';
import { printEntity } from '../tree/tree.cypher.js';
import { readEntity } from '../tree/tree.rows.js';

export interface SearchHit {
  entity: EntityRecord;
  score: number;
  exact: boolean;
}

export interface SearchArgs {
  text: string;
  kinds?: EntityKind[];
  first: number;
  /** What the request selects below each hit's entity (modules/tree), read in the same statement. */
  selection?: EntitySelection;
}

/** The search statement for what a person typed; undefined when the text holds no word (nothing to search). */
export function searchStatement({ text, kinds, first, selection }: SearchArgs): Statement | undefined {
  const lucene = toLuceneQuery(text);
  const patterns = namePatterns(text);
  if (!lucene || !patterns) return undefined;
  const bag = new ParamBag();
  return {
    name: 'search.fulltext',
    cypher: selection ? searchQuery((node) => printEntity(node, selection, bag)) : SEARCH,
    params: {
      ...bag.values,
      ...codesIn(text),
      lucene,
      exactPattern: patterns.exact,
      phrasePattern: patterns.phrase,
      subjects: subjectNames(text),
      subjectLucene: subjectNames(text).length > 0 ? (toLuceneQuery(subjectNames(text)[0]!) ?? null) : null,
      labels: kinds && kinds.length > 0 ? kinds : null,
      // Filter by kind after Lucene ranks, so fetch more candidates than asked for.
      candidates: neo4j.int(Math.min(first * 10, 1000)),
      first: neo4j.int(first),
    },
  };
}

export class SearchRepository {
  constructor(private readonly db: Database) {}

  async search(args: SearchArgs): Promise<SearchHit[]> {
    const statement = searchStatement(args);
    if (!statement) return [];
    const rows = await this.db.read(statement.name, statement.cypher, statement.params);
    const entityOf = (value: unknown) => (args.selection ? readEntity(value, args.selection) : parseEntity(value));
    return rows.map((row) => ({ entity: entityOf(row.entity), score: Number(row.score), exact: row.exact === true }));
  }
}
