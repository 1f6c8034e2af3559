/**
 * What if suppliers stop: pick who stops by name (one, and optionally a second; the API takes up
 * to 50), optionally one commodity and how much is lost, then see it drawn — who stops, the
 * commodities hit, the importers losing a source, who downstream is hit along its route — and
 * per commodity the world supply lost with each producer's share before and after, the importers,
 * and the downstream tiers. Every table is a CSV file too; the numbers are the API's `disruption`
 * (docs/API.md states the rules).
 */
import { useMemo, useState } from 'react';
import { DisruptionDocument, type DisruptionQuery } from '../../../client/index.js';
import { ideHref, useOperation } from './api.js';
import { clip, CsvButton, EntityLink, Hint, href, IdeLink, percent, QueryForm, Result, Sources, useTitle } from './common.js';
import { GraphView } from './Graph.js';
import { disruptionScene } from './graphModel.js';

type Answer = NonNullable<DisruptionQuery['disruption']>;
type Hit = Answer['commodities'][number];

/** "50" or "50%" → 0.5; empty → 1 (all of it); anything else → null (refused by the API with its message). */
function cutOf(text: string): number | null {
  if (text.trim() === '') return 1;
  const value = Number(text.replace('%', '').trim());
  return Number.isFinite(value) ? value / 100 : null;
}

const hhiText = (value: number | null) => (value === null ? '—' : Math.round(value).toLocaleString('en'));

export function WhatIfView(props: { stop: string; also: string; commodity: string; cut: string; asOf: string }) {
  const { stop, also, commodity, cut, asOf } = props;
  const variables = stop
    ? // A cut that is not a number goes as -1, so the API refuses it with its own message.
      {
        scenario: {
          stop: also && also !== stop ? [stop, also] : [stop],
          commodities: commodity ? [commodity] : null,
          cut: cutOf(cut) ?? -1,
          asOf: asOf || null,
        },
      }
    : null;
  const result = useOperation(DisruptionDocument, variables);
  const answer = result.state === 'done' ? result.data.disruption : null;
  useTitle(answer ? `What if ${answer.stopped.map((s) => s.name).join(', ')} stops` : 'What if');
  return (
    <section>
      <h1>What if a supplier stops</h1>
      <QueryForm
        view="whatif"
        submit="Show"
        fields={[
          {
            name: 'stop',
            label: 'Who stops',
            value: stop,
            placeholder: 'China, JL MAG…',
            entity: {
              kinds: ['COUNTRY', 'COMPANY'],
              what: 'country or company',
            },
          },
          {
            name: 'also',
            label: 'And also',
            value: also,
            placeholder: 'optional: a second one',
            entity: {
              kinds: ['COUNTRY', 'COMPANY'],
              what: 'country or company',
            },
          },
          {
            name: 'commodity',
            label: 'Only this commodity',
            value: commodity,
            placeholder: 'all it supplies',
            entity: { kinds: ['COMMODITY'], what: 'commodity' },
          },
          {
            name: 'cut',
            label: 'Output lost (%)',
            value: cut,
            placeholder: '100',
          },
          {
            name: 'asOf',
            label: 'As of',
            value: asOf,
            placeholder: '2025-06-30',
          },
        ]}
      />
      <Result
        result={result}
        hint={
          <Hint
            examples={[
              [
                "China's gallium output halved",
                href('whatif', {
                  stop: 'country:CN',
                  commodity: 'commodity:mineral-gallium',
                  cut: '50',
                }),
              ],
              [
                "Myanmar's rare-earth mining stopping",
                href('whatif', {
                  stop: 'country:MM',
                  commodity: 'commodity:rare-earth-ore',
                }),
              ],
              ['JL MAG stopping', href('whatif', { stop: 'company:jl-mag' })],
            ]}
          >
            Choose a country or company by name to see how much world supply it takes with it, what is left, which importers lose a source and who downstream is hit.
          </Hint>
        }
        isEmpty={(d) => (d.disruption?.commodities ?? []).length === 0}
        empty={answer?.reason ?? 'The stopped entity produces or makes no commodity.'}
      >
        {(d) => (d.disruption ? <Scenario answer={d.disruption} ide={variables ? ideHref(DisruptionDocument, variables) : null} /> : null)}
      </Result>
    </section>
  );
}

function Scenario(props: { answer: Answer; ide: string | null }) {
  const { answer } = props;
  const who = answer.stopped.map((s) => s.name).join(', ');
  return (
    <>
      <h2>
        If {who} loses {percent(answer.cut, 0)} of its output (shares of the latest year up to {answer.year})
      </h2>
      <p className="sg-actions">{props.ide ? <IdeLink href={props.ide} /> : null}</p>
      <WhatIfGraph answer={answer} who={who} />

      <h3>Supply lost</h3>
      <p className="sg-actions">
        <CsvButton
          title={`what if ${who} stops: commodities`}
          header={['commodity id', 'commodity', 'stage', 'year', 'lost share', 'lost quantity', 'unit', 'HHI before', 'HHI after', 'alternatives', 'share unknown']}
          rows={answer.commodities.map((c) => [
            c.commodity.id,
            c.commodity.name,
            c.stage,
            c.year,
            c.lostShare,
            c.lostQuantity,
            c.worldTotalUnit,
            c.hhiBefore,
            c.hhiAfter,
            c.alternatives,
            c.missingShares,
          ])}
        />
      </p>
      <table className="sg-table" data-testid="whatif-commodities">
        <thead>
          <tr>
            <th>Commodity</th>
            <th>Measure</th>
            <th>World supply lost</th>
            <th>HHI before → after</th>
            <th>Suppliers left</th>
          </tr>
        </thead>
        <tbody>
          {answer.commodities.map((c) => (
            <tr key={c.commodity.id}>
              <td>
                <EntityLink id={c.commodity.id} name={c.commodity.name} />
              </td>
              <td>{[c.stage, c.year, c.usgsType].filter((x) => x !== null && x !== '').join(', ')}</td>
              <td data-testid="lost">
                {c.lostShare === null ? 'unknown (no share stated)' : percent(c.lostShare)}
                {c.lostQuantity !== null ? ` · ${c.lostQuantity.toLocaleString('en')} ${c.worldTotalUnit ?? ''}` : ''}
              </td>
              <td>
                {hhiText(c.hhiBefore)} → {hhiText(c.hhiAfter)}
              </td>
              <td>{c.alternatives}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {answer.commodities[0] ? <SharesBeforeAfter hit={answer.commodities[0]} /> : null}

      <h3>Importers losing a listed source</h3>
      {answer.importers.length === 0 ? (
        <p className="sg-empty">No importer lists a stopped country as a major source of these commodities (USGS lists sources for the United States).</p>
      ) : (
        <>
          <p className="sg-actions">
            <CsvButton
              title={`what if ${who} stops: importers`}
              header={['country', 'commodity', 'sources in rank order', 'first source stopped', 'sources left', 'producers left', 'reliance year', 'reliance']}
              rows={answer.importers.map((i) => [
                i.country.name,
                i.commodity.name,
                i.importSources.map((s) => `${s.rank}. ${s.to.name}`).join('; '),
                i.topSourceStopped,
                i.sourcesLeft,
                i.producersLeft,
                i.reliance?.year,
                i.reliance?.published,
              ])}
            />
          </p>
          <table className="sg-table" data-testid="whatif-importers">
            <thead>
              <tr>
                <th>Importer</th>
                <th>Commodity</th>
                <th>Listed sources (in order of share)</th>
                <th>Sources left</th>
                <th>Net import reliance</th>
              </tr>
            </thead>
            <tbody>
              {answer.importers.map((i) => (
                <tr key={`${i.country.id} ${i.commodity.id}`}>
                  <td>
                    <EntityLink id={i.country.id} name={i.country.name} />
                  </td>
                  <td>
                    <EntityLink id={i.commodity.id} name={i.commodity.name} />
                  </td>
                  <td>
                    {i.importSources.map((s) => (
                      <span key={s.rank + s.to.id} className={answer.stopped.some((x) => x.id === s.to.id) ? 'sg-stopped' : undefined}>
                        {s.rank}. {s.to.name}{' '}
                      </span>
                    ))}
                  </td>
                  <td>
                    {i.sourcesLeft} listed, {i.producersLeft} producers
                  </td>
                  <td>{i.reliance ? `${i.reliance.published ?? '—'}% (${i.reliance.year})` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>
        Downstream ({answer.downstream.length} of {answer.downstreamCount})
      </h3>
      <p>Input lost is an upper bound: buyers are assumed to lose as much as the world does, and a step without a stated share counts as all of it.</p>
      <p className="sg-actions">
        <CsvButton
          title={`what if ${who} stops: downstream`}
          header={['tier', 'id', 'name', 'kind', 'via commodity', 'input lost (at most)', 'unknown shares', 'suppliers left', 'route']}
          rows={answer.downstream.map((x) => [
            x.tier,
            x.entity.id,
            x.entity.name,
            x.entity.kind,
            x.commodity.name,
            x.inputLost,
            x.missingShares,
            x.alternatives,
            x.path.nodes.map((n) => n.name).join(' → '),
          ])}
        />
      </p>
      <table className="sg-table" data-testid="whatif-downstream">
        <thead>
          <tr>
            <th>Tier</th>
            <th>Hit</th>
            <th>Input lost (at most)</th>
            <th>Route</th>
            <th>Still supplied by</th>
          </tr>
        </thead>
        <tbody>
          {answer.downstream.map((x) => (
            <tr key={x.entity.id}>
              <td>{x.tier}</td>
              <td>
                <EntityLink id={x.entity.id} name={x.entity.name} /> <span className="sg-kind">{x.entity.kind.toLowerCase()}</span>
              </td>
              <td>
                {percent(x.inputLost)}
                {x.missingShares > 0 ? ` (${x.missingShares} share${x.missingShares > 1 ? 's' : ''} unknown)` : ''}
              </td>
              <td>{clip(x.path.nodes.map((n) => n.name).join(' → '), 200)}</td>
              <td>
                {x.stillSuppliedBy.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 ? ', ' : ''}
                    <EntityLink id={e.id} name={e.name} />
                  </span>
                ))}
                {x.alternatives > x.stillSuppliedBy.length ? ` and ${x.alternatives - x.stillSuppliedBy.length} more` : x.alternatives === 0 ? 'no one' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Sources</h3>
      <Sources sources={[...new Map(answer.commodities.flatMap((c) => c.sources).map((s) => [s.id, s])).values()]} />
    </>
  );
}

/** Who stops, the commodities hit, the importers losing a source and who downstream is hit, drawn left to right. */
function WhatIfGraph(props: { answer: Answer; who: string }) {
  const scene = useMemo(() => disruptionScene(props.answer), [props.answer]);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <GraphView
      scene={scene}
      testId="whatif-graph"
      label={`What ${props.who} stopping reaches: ${scene.nodes.length} entities`}
      fitKey={scene.nodes.map((n) => n.id).join()}
      selected={selected}
      onSelect={setSelected}
      help="Click a node to select it; arrows move through the graph. The tables below hold the figures and their sources."
    />
  );
}

/** The first commodity's producers: share before (grey) and after the cut (blue), as bars. */
function SharesBeforeAfter(props: { hit: Hit }) {
  const { hit } = props;
  const row = 30;
  const width = 640;
  const labelW = 180;
  const barW = width - labelW - 120;
  const height = 16 + hit.shares.length * row;
  return (
    <figure className="sg-chart-box">
      <figcaption>{hit.commodity.name}: each producer&apos;s share before and after</figcaption>
      <svg className="sg-chart" data-testid="whatif-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="producer shares before and after">
        {hit.shares.map((s, i) => (
          <g key={s.before.producer.id} transform={`translate(0, ${8 + i * row})`}>
            <title>{`${s.before.producer.name}: ${percent(s.before.share)} before, ${percent(s.after)} after${s.stopped ? ' (stopped)' : ''}`}</title>
            <text x={labelW - 8} y="16" textAnchor="end" fontSize="12">
              {clip(s.before.producer.name, 24)}
            </text>
            <rect x={labelW} y="2" height="10" width={Math.max(1, s.before.share * barW)} fill="#95a5a6" />
            <rect x={labelW} y="14" height="10" width={Math.max(1, s.after * barW)} fill={s.stopped ? '#c0392b' : '#2f6fb0'} />
            <text x={labelW + Math.max(s.before.share, s.after) * barW + 6} y="18" fontSize="11">
              {percent(s.before.share)} → {percent(s.after)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
