import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import type { EntityKind } from '../../model/kinds.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { codesIn, normalizeName, subjectNames, toLuceneQuery } from './lucene.js';
import { SEARCH } from './search.queries.js';

export interface SearchHit {
  entity: EntityRecord;
  score: number;
  exact: boolean;
}

export class SearchRepository {
  constructor(private readonly db: Database) {}

  async search({ text, kinds, first }: { text: string; kinds?: EntityKind[]; first: number }): Promise<SearchHit[]> {
    const lucene = toLuceneQuery(text);
    if (!lucene) return [];
    const rows = await this.db.read('search.fulltext', SEARCH, {
      ...codesIn(text),
      lucene,
      exact: normalizeName(text),
      subjects: subjectNames(text),
      subjectLucene: subjectNames(text).length > 0 ? (toLuceneQuery(subjectNames(text)[0]!) ?? null) : null,
      labels: kinds && kinds.length > 0 ? kinds : null,
      // Filter by kind after Lucene ranks, so fetch more candidates than asked for.
      candidates: neo4j.int(Math.min(first * 10, 1000)),
      first: neo4j.int(first),
    });
    return rows.map((row) => ({ entity: parseEntity(row.entity), score: Number(row.score), exact: row.exact === true }));
  }
}
