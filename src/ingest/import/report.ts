/** The text an import prints: its bad rows, and the final summary. */
import type { BulkImportResult } from './bulk.js';
import type { ImportResult } from './import.js';
import { formatDuration } from './progress.js';
import { RECORD_KINDS } from './records.js';
import { formatProblems as formatDataProblems } from '../problems.js';

const n = (value: number) => Math.round(value).toLocaleString('en-US');

/** The bad rows, one line per problem as every way in reports them (src/ingest/problems.ts), and how many more. */
export function formatProblems(result: ImportResult, shownFile = result.file): string {
  const problems = result.problems.map((p) => ({ file: shownFile, ...p }));
  // Every problem the import kept (maxReported), then the count of the rest.
  return formatDataProblems(problems, { total: result.problemCount, shown: problems.length, rest: ` (${n(result.problemCount)} in all, in ${n(result.badRows)} row(s))` });
}

export function formatSummary(result: ImportResult): string {
  const head = ['record', 'rows', 'created', 'updated', 'unchanged', 'skipped'];
  const widths = [14, 10, 10, 10, 10, 10];
  const row = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ')}`;
  const lines = [row(head)];
  for (const kind of RECORD_KINDS) {
    const c = result.records[kind];
    lines.push(row([kind, n(c.rows), n(c.created), n(c.updated), n(c.unchanged), n(c.skipped)]));
  }
  if (result.unreadableRows > 0) lines.push(row(['(unreadable)', '0', '0', '0', '0', n(result.unreadableRows)]));
  for (const [type, c] of Object.entries(result.derived)) {
    lines.push(row([`  ${type}`, '', n(c.created), n(c.updated), n(c.unchanged), '']));
  }
  const seconds = Math.max(result.durationMs, 1) / 1000;
  const relationships = result.records.relationship.created + result.records.relationship.updated + result.records.relationship.unchanged;
  const derived = Object.values(result.derived).reduce((sum, c) => sum + c.created + c.updated + c.unchanged, 0);
  const rate = [`${n(result.rowsRead / seconds)} rows/s`];
  if (!result.dryRun && result.ok) {
    rate.push(`${n(relationships / seconds)} relationships/s (${n((relationships + derived) / seconds)} with derived ones)`);
  }
  lines.push(
    `  ${n(result.rowsRead)} rows in ${formatDuration(result.durationMs)} (${(result.durationMs / 1000).toFixed(1)} s, ${result.passes} passes over the file): ${rate.join(', ')}` +
      (result.batches > 0 ? `; ${n(result.batches)} write transaction(s)` : ''),
  );
  lines.push(`  passes: ${result.passTimes.map((p) => `${p.label} ${(p.ms / 1000).toFixed(1)} s`).join(' · ')}`);
  return lines.join('\n');
}

/** What a bulk import built, and where its time went. */
export function formatBulk(bulk: NonNullable<BulkImportResult['bulk']>): string {
  const total = bulk.prepareSeconds + bulk.importSeconds + bulk.schemaSeconds;
  return [
    `  new database: ${n(bulk.nodes)} nodes and ${n(bulk.relationships)} relationships (${n(bulk.baseNodes)} and ${n(bulk.baseRelationships)} of them the story and the reference data)`,
    `  reading and checking the file, writing the importer's files ${bulk.prepareSeconds.toFixed(1)} s · neo4j-admin import ${bulk.importSeconds.toFixed(1)} s (${n(bulk.relationships / Math.max(bulk.importSeconds, 0.001))} relationships/s) · constraints and indexes ${bulk.schemaSeconds.toFixed(1)} s`,
    `  ${n(bulk.relationships / Math.max(total, 0.001))} relationships/s overall (${total.toFixed(1)} s)`,
  ].join('\n');
}

/** The closing sentence: what happened and what to do next. */
export function formatOutcome(result: ImportResult): string {
  if (!result.ok) {
    return (
      `${n(result.badRows)} bad row(s) in ${n(result.rowsRead)}: nothing was written. ` +
      'Fix the rows listed above and run the import again, or pass --on-error=skip to write the good rows and skip the bad ones.'
    );
  }
  const skipped = result.badRows > 0 ? `; ${n(result.badRows)} row(s) skipped (listed above)` : '';
  if (result.dryRun) {
    const good = RECORD_KINDS.reduce((sum, k) => sum + result.records[k].rows, 0);
    return `dry run: ${n(good)} row(s) would be written${skipped}. Nothing was written; run again without --dry-run to import.`;
  }
  return `imported ${n(RECORD_KINDS.reduce((sum, k) => sum + result.records[k].rows, 0))} row(s)${skipped}.`;
}
