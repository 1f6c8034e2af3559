import type { Params } from '../db/database.js';

/**
 * One Cypher statement as a repository runs it: its name (for logs and errors), its text and its
 * parameters. Builders return these without touching the database, so the Cypher each input
 * produces can be read and pinned (test/unit/cypher-snapshots.test.ts).
 */
export interface Statement {
  name: string;
  cypher: string;
  params: Params;
}
