/** Trade series, concentration and timeline: plain SVG and lists. */
import { ConcentrationDocument, TimelineDocument, TradeSeriesDocument, type TradeSeriesQuery } from '../../../client/index.js';
import { useOperation } from './api.js';
import { EntityLink, href, percent, QueryForm, Result, Sources } from './common.js';

type Point = NonNullable<TradeSeriesQuery['tradeSeries']>['points'][number];

const BASIS: Record<string, string> = { MONTH_ON_MONTH: 'MoM', YEAR_ON_YEAR: 'YoY', PERIOD_ON_PERIOD: 'PoP' };
const signed = (n: number) => `${n > 0 ? '+' : ''}${Math.round(n * 10) / 10}%`;

function changeLabel(point: Point): string {
  return point.changes
    .map((c) => `${signed(c.reported ?? c.computed ?? 0)} ${BASIS[c.basis] ?? c.basis}${c.disagrees ? ' ⚠' : ''}`)
    .join(', ');
}

export function TradeView(props: { exporter: string; importer: string; commodity: string }) {
  const { exporter, importer, commodity } = props;
  const result = useOperation(TradeSeriesDocument, exporter && importer && commodity ? { exporter, importer, commodity } : null);
  return (
    <section>
      <h1>Trade series</h1>
      <QueryForm
        view="trade"
        submit="Show"
        fields={[
          { name: 'exporter', label: 'Exporter', value: exporter, placeholder: 'country:CN' },
          { name: 'importer', label: 'Importer', value: importer, placeholder: 'country:US' },
          { name: 'commodity', label: 'Commodity', value: commodity, placeholder: 'commodity:rare-earth-magnets' },
        ]}
      />
      <Result result={result} empty={(d) => (d.tradeSeries?.points ?? []).length === 0} emptyText="No trade observations for this flow.">
        {(d) =>
          d.tradeSeries ? (
            <>
              <h2>
                {d.tradeSeries.commodity.name}: {d.tradeSeries.exporter.name} → {d.tradeSeries.importer.name}
              </h2>
              <TradeChart points={d.tradeSeries.points} />
              <table className="sg-table">
                <thead>
                  <tr>
                    <th>period</th>
                    <th>quantity</th>
                    <th>kind</th>
                    <th>changes</th>
                    <th>share of total</th>
                    <th>sources</th>
                  </tr>
                </thead>
                <tbody>
                  {d.tradeSeries.points.map((p) => (
                    <tr key={p.period} className={p.derived ? 'sg-derived' : 'sg-reported'}>
                      <td>{p.period}</td>
                      <td>
                        {p.quantity.toLocaleString('en')} {p.unit}
                      </td>
                      <td title={p.formula ?? undefined}>{p.derived ? `derived (${p.formula ?? ''})` : 'reported'}</td>
                      <td>
                        {p.changes.map((c, i) => (
                          <span key={i} className={c.disagrees ? 'sg-disagree' : undefined} title={c.disagrees ? 'the reported change does not match the two quantities' : undefined}>
                            {BASIS[c.basis]} vs {c.comparedTo}: reported {c.reported === null ? '—' : signed(c.reported)}, computed {c.computed === null ? '—' : signed(c.computed)}
                            {c.disagrees ? ' ⚠ disagrees' : ''}
                            <br />
                          </span>
                        ))}
                      </td>
                      <td>{p.shareOfTotal === null ? '' : percent(p.shareOfTotal)}</td>
                      <td>{p.sources.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null
        }
      </Result>
    </section>
  );
}

function TradeChart(props: { points: Point[] }) {
  const width = 760;
  const height = 300;
  const pad = { left: 70, right: 20, top: 30, bottom: 50 };
  const points = props.points;
  const max = Math.max(...points.map((p) => p.quantity), 1);
  const x = (i: number) => pad.left + (points.length === 1 ? (width - pad.left - pad.right) / 2 : (i * (width - pad.left - pad.right)) / (points.length - 1));
  const y = (q: number) => height - pad.bottom - (q / max) * (height - pad.top - pad.bottom);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.quantity).toFixed(1)}`).join(' ');
  return (
    <svg className="sg-chart" data-testid="trade-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="trade series chart">
      <line x1={pad.left} y1={height - pad.bottom} x2={width - pad.right} y2={height - pad.bottom} stroke="#999" />
      <line x1={pad.left} y1={pad.top} x2={pad.left} y2={height - pad.bottom} stroke="#999" />
      <text x={pad.left - 8} y={y(max) + 4} textAnchor="end" fontSize="11">
        {max.toLocaleString('en')}
      </text>
      <text x={pad.left - 8} y={height - pad.bottom + 4} textAnchor="end" fontSize="11">
        0
      </text>
      <path d={line} fill="none" stroke="#2f6fb0" strokeWidth="1.5" />
      {points.map((p, i) => {
        const disagrees = p.changes.some((c) => c.disagrees);
        return (
          <g key={p.period} data-period={p.period} data-derived={p.derived} className={p.derived ? 'sg-point sg-point-derived' : 'sg-point sg-point-reported'}>
            <title>{`${p.period}: ${p.quantity.toLocaleString('en')} ${p.unit}${p.derived ? ` (derived: ${p.formula ?? ''})` : ' (reported)'}`}</title>
            <circle cx={x(i)} cy={y(p.quantity)} r={p.derived ? 6 : 5} fill={p.derived ? '#fff' : '#2f6fb0'} stroke={p.derived ? '#c07a12' : '#2f6fb0'} strokeWidth="2" strokeDasharray={p.derived ? '3 2' : undefined} />
            <text x={x(i)} y={height - pad.bottom + 16} textAnchor="middle" fontSize="11">
              {p.period}
            </text>
            {p.changes.length ? (
              <text x={x(i)} y={y(p.quantity) - 12} textAnchor="middle" fontSize="10" fill={disagrees ? '#c0392b' : '#333'} className={disagrees ? 'sg-disagree' : undefined}>
                {changeLabel(p)}
              </text>
            ) : null}
          </g>
        );
      })}
      <g transform={`translate(${pad.left}, ${height - 12})`} fontSize="11">
        <circle cx="6" cy="-4" r="5" fill="#2f6fb0" />
        <text x="16" y="0">reported</text>
        <circle cx="96" cy="-4" r="6" fill="#fff" stroke="#c07a12" strokeWidth="2" strokeDasharray="3 2" />
        <text x="108" y="0">derived from a reported change</text>
        <text x="320" y="0" fill="#c0392b">
          ⚠ reported change disagrees with the quantities
        </text>
      </g>
    </svg>
  );
}

export function ConcentrationView(props: { commodity: string; stage: string; year: string }) {
  const { commodity, stage, year } = props;
  const result = useOperation(ConcentrationDocument, commodity ? { commodity, stage: stage || null, year: year ? Number(year) : null } : null);
  return (
    <section>
      <h1>Concentration</h1>
      <QueryForm
        view="concentration"
        submit="Show"
        fields={[
          { name: 'commodity', label: 'Commodity', value: commodity, placeholder: 'commodity:rare-earth-magnets' },
          { name: 'stage', label: 'Stage', value: stage },
          { name: 'year', label: 'Year', value: year },
        ]}
      />
      <Result result={result} empty={(d) => (d.concentration?.shares ?? []).length === 0} emptyText="No producer shares are recorded for this commodity.">
        {(d) =>
          d.concentration ? (
            <>
              <h2>
                {d.concentration.commodity.name}
                {d.concentration.stage ? `, ${d.concentration.stage}` : ''}
                {d.concentration.year ? `, ${d.concentration.year}` : ''}
              </h2>
              <p className="sg-hhi" data-testid="hhi">
                HHI <strong>{Math.round(d.concentration.hhi).toLocaleString('en')}</strong>
                {d.concentration.hhi > 2500 ? ' (highly concentrated)' : d.concentration.hhi > 1500 ? ' (moderately concentrated)' : ''} · top {d.concentration.topN}: {percent(d.concentration.topNShare)} · coverage{' '}
                {percent(d.concentration.coverage)}
                {d.concentration.chokepoints.length ? ` · chokepoints: ${d.concentration.chokepoints.map((c) => c.producer.name).join(', ')}` : ''}
              </p>
              <svg className="sg-chart" data-testid="concentration-chart" viewBox={`0 0 760 ${40 + d.concentration.shares.length * 26}`} width={760} height={40 + d.concentration.shares.length * 26} role="img" aria-label="producer shares">
                {d.concentration.shares.map((s, i) => (
                  <g key={s.producer.id + String(i)} transform={`translate(0, ${20 + i * 26})`}>
                    <text x="190" y="14" textAnchor="end" fontSize="12">
                      {s.producer.name}
                    </text>
                    <rect x="200" y="2" height="16" width={Math.max(1, s.share * 480)} fill={s.share > d.concentration!.threshold ? '#c0392b' : '#2f6fb0'} opacity={s.estimate ? 0.6 : 1} />
                    <text x={206 + s.share * 480} y="14" fontSize="11">
                      {percent(s.share)}
                      {s.estimate ? ' (estimate)' : ''}
                    </text>
                  </g>
                ))}
              </svg>
              {d.concentration.available.length > 1 ? (
                <p>
                  Also recorded:{' '}
                  {d.concentration.available.map((a, i) => (
                    <span key={i}>
                      <a href={href('concentration', { commodity, stage: a.stage ?? undefined, year: a.year === null ? undefined : String(a.year) })}>
                        {a.stage ?? 'any stage'} {a.year ?? ''}
                      </a>{' '}
                    </span>
                  ))}
                </p>
              ) : null}
              <h3>Sources</h3>
              <Sources sources={[...new Map(d.concentration.shares.flatMap((s) => s.sources).map((s) => [s.id, s])).values()]} />
            </>
          ) : null
        }
      </Result>
    </section>
  );
}

export function TimelineView(props: { entity: string; from: string; to: string }) {
  const { entity, from, to } = props;
  const result = useOperation(TimelineDocument, entity ? { entity, from: from || null, to: to || null } : null);
  return (
    <section>
      <h1>Timeline</h1>
      <QueryForm
        view="timeline"
        submit="Show"
        fields={[
          { name: 'entity', label: 'Entity', value: entity, placeholder: 'country:CN' },
          { name: 'from', label: 'From', value: from, placeholder: '2025-01' },
          { name: 'to', label: 'To', value: to, placeholder: '2025-12' },
        ]}
      />
      <Result result={result} empty={(d) => (d.timeline ?? []).length === 0} emptyText="Nothing dated around this entity in that period.">
        {(d) => (
          <ol className="sg-timeline" data-testid="timeline">
            {(d.timeline ?? []).map((item, i) => (
              <li key={i} className={`sg-tl-${item.type.toLowerCase()}`}>
                <time>{item.date}</time> <span className="sg-kind">{item.type.replace(/_/g, ' ').toLowerCase()}</span> <EntityLink id={item.entity.id} name={item.title} />{' '}
                <span className="sg-count">{item.sources.length} source{item.sources.length === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ol>
        )}
      </Result>
    </section>
  );
}
