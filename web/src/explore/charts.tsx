/**
 * Trade series, concentration and timeline. Charts are SVG sized to their container (redrawn when
 * it changes), with every label inside the drawing; each chart's data is a table and a CSV file too.
 */
import { useEffect, useRef, useState } from 'react';
import { ConcentrationDocument, EntityNameDocument, TimelineDocument, TradeSeriesDocument, type ConcentrationQuery, type TradeSeriesQuery } from '../../../client/index.js';
import { ideHref, useOperation } from './api.js';
import { clip, CsvButton, EntityLink, Hint, href, IdeLink, percent, QueryForm, Result, Sources, useTitle } from './common.js';
import { niceTicks, runs, seriesOf, timeTicks } from './timeAxis.js';

type Point = NonNullable<TradeSeriesQuery['tradeSeries']>['points'][number];

const BASIS: Record<string, string> = { MONTH_ON_MONTH: 'MoM', YEAR_ON_YEAR: 'YoY', PERIOD_ON_PERIOD: 'PoP' };
const signed = (n: number) => `${n > 0 ? '+' : ''}${Math.round(n * 10) / 10}%`;
const SERIES_COLOURS = ['#2f6fb0', '#8e44ad', '#16a085', '#c0392b', '#7f8c8d'];
/** Characters of a 10–11 px label, wide enough for the widest digits. */
const CHAR_PX = 6.6;

function changeLabel(point: Point): string {
  return point.changes
    .map((c) => `${signed(c.reported ?? c.computed ?? 0)} ${BASIS[c.basis] ?? c.basis}${c.disagrees ? ' ⚠' : ''}`)
    .join(', ');
}

/** The width of the element `ref` points to, followed as the window (or layout) changes. */
function useWidth(fallback = 720) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

const TRADE_KINDS = { kinds: ['COUNTRY', 'REGION'] as ('COUNTRY' | 'REGION')[], what: 'country or region' };

export function TradeView(props: { exporter: string; importer: string; commodity: string }) {
  const { exporter, importer, commodity } = props;
  const variables = exporter && importer && commodity ? { exporter, importer, commodity } : null;
  const result = useOperation(TradeSeriesDocument, variables);
  const series = result.state === 'done' ? result.data.tradeSeries : null;
  useTitle(series ? `Trade: ${series.commodity.name}, ${series.exporter.name} → ${series.importer.name}` : 'Trade');
  const missing = [!exporter && 'an exporter', !importer && 'an importer', !commodity && 'a commodity'].filter((m): m is string => typeof m === 'string');
  return (
    <section>
      <h1>Trade series</h1>
      <QueryForm
        view="trade"
        submit="Show"
        fields={[
          { name: 'exporter', label: 'Exporter', value: exporter, placeholder: 'China', entity: TRADE_KINDS },
          { name: 'importer', label: 'Importer', value: importer, placeholder: 'United States', entity: TRADE_KINDS },
          { name: 'commodity', label: 'Commodity', value: commodity, placeholder: 'rare-earth magnets', entity: { kinds: ['COMMODITY'], what: 'commodity' } },
        ]}
      />
      <Result
        result={result}
        hint={
          <Hint
            examples={[
              ['Rare-earth magnets, China → United States', href('trade', { exporter: 'country:CN', importer: 'country:US', commodity: 'commodity:rare-earth-magnets' })],
              ['Rare-earth magnets, China → world', href('trade', { exporter: 'country:CN', importer: 'region:world', commodity: 'commodity:rare-earth-magnets' })],
            ]}
          >
            {missing.length < 3 ? `Also choose ${missing.join(' and ')}.` : 'Choose an exporter, an importer and a commodity by name to see the flow over time: reported figures, figures derived from reported changes, and where the two disagree.'}
          </Hint>
        }
        isEmpty={(d) => (d.tradeSeries?.points ?? []).length === 0}
        empty="No trade observations are recorded for this flow."
      >
        {(d) =>
          d.tradeSeries ? (
            <>
              <h2>
                {d.tradeSeries.commodity.name}: <EntityLink id={d.tradeSeries.exporter.id} name={d.tradeSeries.exporter.name} /> → <EntityLink id={d.tradeSeries.importer.id} name={d.tradeSeries.importer.name} />
              </h2>
              <p className="sg-actions">
                <CsvButton
                  title={`trade ${d.tradeSeries.commodity.name} ${d.tradeSeries.exporter.name} ${d.tradeSeries.importer.name}`}
                  header={['period', 'periodStart', 'periodEnd', 'months', 'quantity', 'unit', 'derived', 'formula', 'shareOfTotal', 'changes', 'sources']}
                  rows={seriesOf(d.tradeSeries.points).flatMap((s) =>
                    s.points.map((p) => [p.period, p.periodStart, p.periodEnd, s.months, p.quantity, p.unit, p.derived, p.formula, p.shareOfTotal, changeLabel(p), p.sources.map((x) => x.title).join('; ')]),
                  )}
                />{' '}
                {variables ? <IdeLink href={ideHref(TradeSeriesDocument, variables)} /> : null}
              </p>
              <TradeChart points={d.tradeSeries.points} />
              <TradeTable points={d.tradeSeries.points} />
            </>
          ) : null
        }
      </Result>
    </section>
  );
}

function TradeTable(props: { points: Point[] }) {
  return (
    <table className="sg-table" data-testid="trade-table">
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
        {props.points.map((p) => (
          <tr key={p.period} className={p.derived ? 'sg-derived' : 'sg-reported'}>
            <td>{p.period}</td>
            <td>
              {Math.round(p.quantity).toLocaleString('en')} {p.unit}
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
  );
}

/**
 * One series per period length on a calendar axis: a month's figure, a five-month total and a
 * half-year total are three lines, never one; each point spans its period, and a line joins only
 * periods that follow each other.
 */
function TradeChart(props: { points: Point[] }) {
  const { ref, width } = useWidth();
  const height = 320;
  const series = seriesOf(props.points);
  const unit = props.points[0]?.unit ?? '';
  const yTicks = niceTicks(Math.max(...props.points.map((p) => p.quantity), 1));
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const tickText = (v: number) => v.toLocaleString('en');
  const pad = { left: Math.ceil(Math.max(...yTicks.map((v) => tickText(v).length), unit.length) * CHAR_PX) + 16, right: 16, top: 28, bottom: 34 };
  const spans = series.flatMap((s) => s.points.map((p) => p.span));
  const t0 = Math.min(...spans.map((s) => s.start));
  const t1 = Math.max(...spans.map((s) => s.end));
  const innerW = width - pad.left - pad.right;
  const x = (t: number) => pad.left + ((t - t0) / Math.max(1, t1 - t0)) * innerW;
  const y = (q: number) => height - pad.bottom - (q / yMax) * (height - pad.top - pad.bottom);
  const clampX = (px: number, text: string) => {
    const half = (text.length * CHAR_PX) / 2;
    if (px - half < 2) return { at: 2, anchor: 'start' as const };
    if (px + half > width - 2) return { at: width - 2, anchor: 'end' as const };
    return { at: px, anchor: 'middle' as const };
  };
  const xTicks = timeTicks(t0, t1, Math.max(2, Math.floor(innerW / 64)));
  return (
    <div className="sg-chart-box" ref={ref}>
      <svg className="sg-chart" data-testid="trade-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`trade series chart, ${series.map((s) => s.name).join(', ')}`}>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#999' : '#eef1f4'} />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11">
              {tickText(v)}
            </text>
          </g>
        ))}
        <text x={pad.left - 6} y={pad.top - 12} textAnchor="end" fontSize="11" fill="#555">
          {unit}
        </text>
        {xTicks.map((tick) => {
          const label = clampX(x(tick.t), tick.label);
          return (
            <g key={tick.t} className="sg-x-tick">
              <line x1={x(tick.t)} x2={x(tick.t)} y1={height - pad.bottom} y2={height - pad.bottom + 5} stroke="#999" />
              <text x={label.at} y={height - pad.bottom + 18} textAnchor={label.anchor} fontSize="11">
                {tick.label}
              </text>
            </g>
          );
        })}
        {series.map((s, si) => {
          const colour = SERIES_COLOURS[si % SERIES_COLOURS.length]!;
          const mid = (p: (typeof s.points)[number]) => (p.span.start + p.span.end) / 2;
          const roomy = s.points.every((p, i) => i === 0 || x(mid(p)) - x(mid(s.points[i - 1]!)) > 90);
          return (
            <g key={s.months} className="sg-series" data-series={s.name} data-months={s.months}>
              {runs(s.points).map((run, ri) =>
                run.length > 1 ? <path key={ri} d={run.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(mid(p)).toFixed(1)},${y(p.quantity).toFixed(1)}`).join(' ')} fill="none" stroke={colour} strokeWidth="1.5" /> : null,
              )}
              {s.points.map((p) => {
                const disagrees = p.changes.some((c) => c.disagrees);
                const label = changeLabel(p);
                const placed = clampX(x(mid(p)), label);
                return (
                  <g key={p.period} data-period={p.period} data-derived={p.derived} className={p.derived ? 'sg-point sg-point-derived' : 'sg-point sg-point-reported'}>
                    <title>{`${p.period} (${s.name}): ${Math.round(p.quantity).toLocaleString('en')} ${p.unit}${p.derived ? ` (derived: ${p.formula ?? ''})` : ' (reported)'}${label ? ` · ${label}` : ''}`}</title>
                    {s.months > 1 ? <line className="sg-span" x1={x(p.span.start)} x2={x(p.span.end)} y1={y(p.quantity)} y2={y(p.quantity)} stroke={colour} strokeWidth="3" strokeOpacity="0.35" /> : null}
                    <circle cx={x(mid(p))} cy={y(p.quantity)} r={p.derived ? 6 : 5} fill={p.derived ? '#fff' : colour} stroke={colour} strokeWidth="2" strokeDasharray={p.derived ? '3 2' : undefined} />
                    {label && roomy ? (
                      <text x={placed.at} y={y(p.quantity) - 12} textAnchor={placed.anchor} fontSize="10" fill={disagrees ? '#c0392b' : '#333'} className={disagrees ? 'sg-disagree' : undefined}>
                        {label}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul className="sg-chart-legend" data-testid="trade-legend">
        {series.map((s, si) => (
          <li key={s.months}>
            <span className="sg-swatch sg-swatch-line" style={{ background: SERIES_COLOURS[si % SERIES_COLOURS.length] }} aria-hidden="true" /> {s.name} ({s.points.length})
          </li>
        ))}
        <li>● reported · ◌ derived from a reported change</li>
        <li className="sg-disagree">⚠ reported change disagrees with the quantities</li>
        {series.length > 1 ? <li className="sg-note">Totals over periods of different lengths are separate series: compare within a series.</li> : null}
      </ul>
    </div>
  );
}

type Concentration = NonNullable<ConcentrationQuery['concentration']>;

export function ConcentrationView(props: { commodity: string; stage: string; year: string }) {
  const { commodity, stage, year } = props;
  const variables = commodity ? { commodity, stage: stage || null, year: year ? Number(year) : null } : null;
  const result = useOperation(ConcentrationDocument, variables);
  const answer = result.state === 'done' ? result.data.concentration : null;
  useTitle(answer ? `Concentration: ${answer.commodity.name}` : 'Concentration');
  return (
    <section>
      <h1>Concentration</h1>
      <QueryForm
        view="concentration"
        submit="Show"
        fields={[
          { name: 'commodity', label: 'Commodity', value: commodity, placeholder: 'rare-earth magnets', entity: { kinds: ['COMMODITY'], what: 'commodity' } },
          { name: 'stage', label: 'Stage', value: stage, placeholder: 'mining, refining…' },
          { name: 'year', label: 'Year', value: year, placeholder: '2024' },
        ]}
      />
      <Result
        result={result}
        hint={
          <Hint examples={[['Rare-earth magnets', href('concentration', { commodity: 'commodity:rare-earth-magnets' })]]}>
            Choose a commodity by name to see who produces it, each producer&apos;s share, the HHI and the chokepoints.
          </Hint>
        }
        isEmpty={(d) => (d.concentration?.shares ?? []).length === 0}
        empty="No producer shares are recorded for this commodity."
      >
        {(d) =>
          d.concentration ? (
            <>
              <h2>
                {d.concentration.commodity.name}
                {d.concentration.stage ? `, ${d.concentration.stage}` : ''}
                {d.concentration.year ? `, ${d.concentration.year}` : ''}
              </h2>
              <p className="sg-hhi" data-testid="hhi">
                HHI <strong>{d.concentration.hhi === null ? '—' : Math.round(d.concentration.hhi).toLocaleString('en')}</strong>
                {(d.concentration.hhi ?? 0) > 2500 ? ' (highly concentrated)' : (d.concentration.hhi ?? 0) > 1500 ? ' (moderately concentrated)' : ''} · top {d.concentration.topN}: {percent(d.concentration.topNShare ?? 0)} · coverage{' '}
                {percent(d.concentration.coverage ?? 0)}
                {d.concentration.chokepoints.length ? ` · chokepoints: ${d.concentration.chokepoints.map((c) => c.producer.name).join(', ')}` : ''}
              </p>
              <p className="sg-actions">
                <CsvButton
                  title={`concentration ${d.concentration.commodity.name} ${d.concentration.stage ?? ''} ${d.concentration.year ?? ''}`}
                  header={['producer id', 'producer', 'share', 'stage', 'year', 'estimate', 'note', 'sources']}
                  rows={d.concentration.shares.map((s) => [s.producer.id, s.producer.name, s.share, s.stage, s.year, s.estimate, s.note, s.sources.map((x) => x.title).join('; ')])}
                />{' '}
                {variables ? <IdeLink href={ideHref(ConcentrationDocument, variables)} /> : null}
              </p>
              <SharesChart concentration={d.concentration} />
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

/** Producer shares as bars; names longer than their column are cut with "…" (the full name on hover). */
function SharesChart(props: { concentration: Concentration }) {
  const { concentration } = props;
  const { ref, width } = useWidth();
  const row = 26;
  const height = 20 + concentration.shares.length * row;
  const labelW = Math.round(Math.min(220, Math.max(90, width * 0.3)));
  const valueRoom = Math.ceil('100.0% (estimate)'.length * CHAR_PX) + 8;
  const barW = Math.max(40, width - labelW - valueRoom - 16);
  const maxChars = Math.floor((labelW - 16) / CHAR_PX);
  return (
    <div className="sg-chart-box" ref={ref}>
      <svg className="sg-chart" data-testid="concentration-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="producer shares">
        {concentration.shares.map((s, i) => (
          <g key={s.producer.id + String(i)} transform={`translate(0, ${10 + i * row})`}>
            <title>{`${s.producer.name}: ${percent(s.share)}${s.estimate ? ' (estimate)' : ''}`}</title>
            <text x={labelW - 8} y="14" textAnchor="end" fontSize="12">
              {clip(s.producer.name, maxChars)}
            </text>
            <rect x={labelW} y="2" height="16" width={Math.max(1, s.share * barW)} fill={s.share > concentration.threshold ? '#c0392b' : '#2f6fb0'} opacity={s.estimate ? 0.6 : 1} />
            <text x={labelW + s.share * barW + 6} y="14" fontSize="11">
              {percent(s.share)}
              {s.estimate ? ' (estimate)' : ''}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

export function TimelineView(props: { entity: string; from: string; to: string }) {
  const { entity, from, to } = props;
  const variables = entity ? { entity, from: from || null, to: to || null } : null;
  const result = useOperation(TimelineDocument, variables);
  const subject = useOperation(EntityNameDocument, entity ? { id: entity } : null);
  useTitle(entity ? `Timeline: ${subject.state === 'done' && subject.data.entity ? subject.data.entity.name : clip(entity, 40)}` : 'Timeline');
  return (
    <section>
      <h1>Timeline</h1>
      <QueryForm
        view="timeline"
        submit="Show"
        fields={[
          { name: 'entity', label: 'Entity', value: entity, placeholder: 'China', entity: { what: 'entity' } },
          { name: 'from', label: 'From', value: from, placeholder: '2025-01' },
          { name: 'to', label: 'To', value: to, placeholder: '2025-12' },
        ]}
      />
      <Result
        result={result}
        hint={
          <Hint examples={[['China', href('timeline', { entity: 'country:CN' })], ['Howard Lutnick', href('timeline', { entity: 'official:howard-lutnick' })]]}>
            Choose an entity by name to see its dated policies, events, statements, offices and trade figures in order.
          </Hint>
        }
        isEmpty={(d) => (d.timeline ?? []).length === 0}
        empty="Nothing dated is recorded around this entity in that period."
      >
        {(d) => (
          <>
            <p className="sg-actions">
              <CsvButton title={`timeline ${entity}`} header={['date', 'type', 'title', 'entity id', 'sources']} rows={(d.timeline ?? []).map((item) => [item.date, item.type, item.title, item.entity.id, item.sources.map((s) => s.title).join('; ')])} />{' '}
              {variables ? <IdeLink href={ideHref(TimelineDocument, variables)} /> : null}
            </p>
            <ol className="sg-timeline" data-testid="timeline">
              {(d.timeline ?? []).map((item, i) => (
                <li key={i} className={`sg-tl-${item.type.toLowerCase()}`}>
                  <time>{item.date}</time> <span className="sg-kind">{item.type.replace(/_/g, ' ').toLowerCase()}</span> <EntityLink id={item.entity.id} name={item.title} />{' '}
                  <span className="sg-count">
                    {item.sources.length} source{item.sources.length === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </Result>
    </section>
  );
}
