import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import type { EntityKind } from '../../model/kinds.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { codesIn, namePatterns, subjectNames, toLuceneQuery } from './lucene.js';
import { SEARCH } from './search.queries.js';
import type { Statement } from '../../cypher/statement.js';

export interface SearchHit {
  entity: EntityRecord;
  score: number;
  exact: boolean;
}

/** The search statement for what a person typed; undefined when the text holds no word (nothing to search). */
export function searchStatement({ text, kinds, first }: { text: string; kinds?: EntityKind[]; first: number }): Statement | undefined {
  const lucene = toLuceneQuery(text);
  const patterns = namePatterns(text);
  if (!lucene || !patterns) return undefined;
  return {
    name: 'search.fulltext',
    cypher: SEARCH,
    params: {
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

  async search(args: { text: string; kinds?: EntityKind[]; first: number }): Promise<SearchHit[]> {
    const statement = searchStatement(args);
    if (!statement) return [];
    const rows = await this.db.read(statement.name, statement.cypher, statement.params);
    return rows.map((row) => ({ entity: parseEntity(row.entity), score: Number(row.score), exact: row.exact === true }));
  }
}
