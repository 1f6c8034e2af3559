/**
 * `npm run db:check`: lists relationship ids held by more than one relationship (exit 1 when any).
 * `npm run db:repair`: merges each such set into one relationship (the union of their sources),
 * then applies the uniqueness constraints that the duplicates blocked.
 */
import { ConfigError, loadConfig } from '../startup/config.js';
import { attachDatabase } from '../db/attach.js';
import { findDuplicateRelationshipIds, repairDuplicateRelationshipIds } from '../db/integrity.js';
import { EngineError } from '../db/localEngine.js';
import { applySchema, DuplicateIdsError } from '../db/schema.js';
import { createLogger } from '../logger.js';
import { printable } from '../printable.js';

const command = process.argv[2];
const say = (message: string) => process.stderr.write(`supplygraph db:${command ?? '?'}: ${message}\n`);

if (command !== 'check' && command !== 'repair') {
  process.stderr.write('usage: npm run db:check | npm run db:repair\n');
  process.exit(2);
}

try {
  const config = loadConfig();
  const database = await attachDatabase(config, createLogger(config.logLevel), say);
  let exitCode = 0;
  try {
    const found = await findDuplicateRelationshipIds(database.db);
    if (found.length === 0) {
      say(`${database.describe}: every relationship id is unique.`);
    } else {
      for (const d of found) {
        say(`${d.type}: ${d.ids} id(s) held by more than one relationship (${d.extra} extra):`);
        for (const s of d.sample) say(`  ${printable(s.id)}  ×${s.copies}${s.sameEnds ? '' : '  (copies between different entities: not merged by db:repair; purge the wrong ones)'}`);
        if (d.ids > d.sample.length) say(`  … and ${d.ids - d.sample.length} more`);
      }
    }
    if (command === 'check') {
      if (found.length > 0) {
        say('run `npm run db:repair` to merge them (each id keeps one relationship, citing every source of its copies).');
        exitCode = 1;
      }
    } else {
      for (const r of await repairDuplicateRelationshipIds(database.db)) say(`${r.type}: merged ${r.ids} id(s), removed ${r.removed} duplicate relationship(s).`);
      try {
        await applySchema(database.db);
        say('every relationship id is unique now, and enforced by the database.');
      } catch (error) {
        if (!(error instanceof DuplicateIdsError)) throw error;
        say(`${error.message}`);
        exitCode = 1;
      }
    }
  } finally {
    await database.db.close();
    await database.engine?.stop();
  }
  process.exit(exitCode);
} catch (error) {
  if (error instanceof ConfigError || error instanceof EngineError) {
    say(error.message);
    process.exit(1);
  }
  throw error;
}
