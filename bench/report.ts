/** The bench's printed tables. */

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

export function printTable(results: Record<string, any>) {
  const lines: string[] = [];
  const m = results.machine;
  lines.push('', `supplygraph bench — ${results.date} — ${m.cpus} cores (${m.cpuModel}), load average at start ${m.loadAverageAtStart.join(' ')}`);
  const g = results.generator;
  lines.push(
    `generator: ${g.nodes.toLocaleString('en-US')} nodes, ${g.relationships.toLocaleString('en-US')} relationships; ` +
      `${g.timing.relationshipsPerSecond.toLocaleString('en-US')} rel/s (${g.timing.relationshipsPerSecondWithIndexes.toLocaleString('en-US')} with index rebuild` +
      (g.timing.relationshipsPerEngineCpuSecond ? `; ${g.timing.relationshipsPerEngineCpuSecond.toLocaleString('en-US')} per engine CPU-s` : '') +
      ')',
  );
  lines.push('', '(a) GraphQL overhead, ms            supplygraph /graphql (HTTP)   driver + Cypher         ratio', '    operation                        median    p95    p99      median    p95    p99    median  p95  same');
  for (const o of results.overhead) {
    const s = o.supplygraphHttp;
    const d = o.driverCypher;
    lines.push(
      `    ${o.operation.padEnd(32)} ${fmt(s.median).padStart(6)} ${fmt(s.p95).padStart(6)} ${fmt(s.p99).padStart(6)}    ${fmt(d.median).padStart(6)} ${fmt(d.p95).padStart(6)} ${fmt(d.p99).padStart(6)}   ${fmt(o.ratioMedian).padStart(5)} ${fmt(o.ratioP95).padStart(5)}  ${o.sameAnswer ? 'yes' : 'NO'}`,
    );
  }
  for (const [name, f] of Object.entries(results.futureLatency)) if (f === 'pending') lines.push(`    ${name.padEnd(32)} pending (the field does not exist yet)`);
  if (Array.isArray(results.vsNeo4jGraphql)) {
    lines.push('', '(b) vs @neo4j/graphql 7.6.3            supplygraph            @neo4j/graphql          ratio', '    operation                        req/s  p99 ms errs    req/s  p99 ms errs    thr   p99  same');
    for (const c of results.vsNeo4jGraphql) {
      const s = c.supplygraph;
      const n = c.neo4jGraphql;
      lines.push(
        `    ${c.operation.padEnd(32)} ${s.throughput.toFixed(0).padStart(5)} ${fmt(s.latency.p99).padStart(7)} ${String(s.errors).padStart(4)}    ${n.throughput.toFixed(0).padStart(5)} ${fmt(n.latency.p99).padStart(7)} ${String(n.errors).padStart(4)}   ${fmt(c.throughputRatio).padStart(5)} ${fmt(c.p99Ratio).padStart(5)}  ${c.sameAnswer ? 'yes' : 'NO'}`,
      );
    }
  } else lines.push('', `(b) vs @neo4j/graphql: skipped — ${results.vsNeo4jGraphql.skipped}`);
  const r = results.roundTrips;
  lines.push(
    '',
    `(c) round trips, 3-level nested query: ${r.small.rows} rows → ${r.small.cypherRoundTrips}, ${r.large.rows} rows → ${r.large.cypherRoundTrips} ` +
      `(equal: ${r.equal ? 'yes' : 'NO'}, ≤ depth 3: ${r.withinDepth ? 'yes' : 'NO'})`,
  );
  const l = results.load;
  lines.push(
    '',
    `load: ${l.clients} clients × ${l.seconds} s: ${l.requests.toLocaleString('en-US')} requests, ${l.throughput} req/s, ${l.errors} errors, ` +
      `median ${fmt(l.latency.median)} ms, p99 ${fmt(l.latency.p99)} ms`,
    `      server RSS MB start/end/max ${l.memoryMb.rss.start}/${l.memoryMb.rss.end}/${l.memoryMb.rss.max}, heap MB ${l.memoryMb.heapUsed.start}/${l.memoryMb.heapUsed.end}/${l.memoryMb.heapUsed.max}, ` +
      `heap retained after GC ${l.memoryMb.heapRetainedAfterGc} MB` +
      (l.memoryMb.heapFloorSlopeMbPerMin === null
        ? ' (trends need --load-seconds ≥ 30)'
        : `, heap-floor slope ${l.memoryMb.heapFloorSlopeMbPerMin} MB/min, RSS 2nd-half slope ${l.memoryMb.rssSlopeSecondHalfMbPerMin} MB/min`),
  );
  console.log(lines.join('\n'));
}
