/**
 * Supply risk: what a country depends on, ranked by how much of its consumption it imports (USGS
 * net import reliance) and how concentrated world supply is (HHI), every factor shown, with the
 * import sources in the order USGS lists them. The numbers are the API's `supplyRisk`.
 */
import { SupplyRiskDocument, type SupplyRiskOrder } from '../../../client/index.js';
import { ideHref, useOperation } from './api.js';
import { CsvButton, EntityLink, Hint, href, IdeLink, percent, QueryForm, Result, useTitle } from './common.js';

const ORDERS: SupplyRiskOrder[] = ['SCORE', 'CONCENTRATION', 'RELIANCE'];
const orderOf = (text: string): SupplyRiskOrder => ORDERS.find((o) => o === text.toUpperCase()) ?? 'SCORE';
const BOUND: Record<string, string> = { MORE_THAN: '>', LESS_THAN: '<', EXACT: '' };

export function SupplyRiskView(props: { of: string; year: string; orderBy: string }) {
  const { of, year, orderBy } = props;
  const variables = of ? { of, year: year ? Number(year) : null, orderBy: orderOf(orderBy), first: 100 } : null;
  const result = useOperation(SupplyRiskDocument, variables);
  const answer = result.state === 'done' ? result.data.supplyRisk : null;
  useTitle(answer ? `Supply risk: ${answer.country.name}` : 'Supply risk');
  return (
    <section>
      <h1>Supply risk</h1>
      <QueryForm
        view="supplyrisk"
        submit="Rank"
        fields={[
          { name: 'of', label: 'Country', value: of, placeholder: 'United States', entity: { kinds: ['COUNTRY'], what: 'country' } },
          { name: 'year', label: 'Year', value: year, placeholder: 'latest' },
        ]}
      />
      <Result
        result={result}
        hint={
          <Hint examples={[['What the United States imports', href('supplyrisk', { of: 'country:US' })]]}>
            Choose a country by name to rank the commodities it imports by its import reliance and how concentrated world supply is.
          </Hint>
        }
        isEmpty={(d) => (d.supplyRisk?.items ?? []).length === 0}
        empty={answer?.reason ?? 'No import reliance figures for this country.'}
      >
        {(d) =>
          d.supplyRisk ? (
            <>
              <h2>
                What {d.supplyRisk.country.name} imports, {d.supplyRisk.year}
              </h2>
              <p data-testid="supply-risk-method">{d.supplyRisk.method}</p>
              <p className="sg-actions">
                Order by:{' '}
                {ORDERS.map((o) => (
                  <a key={o} href={href('supplyrisk', { of, year, orderBy: o === 'SCORE' ? undefined : o.toLowerCase() })} aria-current={orderOf(orderBy) === o ? 'true' : undefined} className={orderOf(orderBy) === o ? 'sg-active' : undefined}>
                    {o.toLowerCase()}{' '}
                  </a>
                ))}
                · years with figures: {d.supplyRisk.years.join(', ')}
              </p>
              <p className="sg-actions">
                <CsvButton
                  title={`supply risk ${d.supplyRisk.country.name} ${d.supplyRisk.year}`}
                  header={['rank', 'commodity id', 'commodity', 'score', 'reliance', 'form', 'HHI', 'stage', 'top producer', 'top share', 'import sources in rank order', 'citation']}
                  rows={d.supplyRisk.items.map((i) => [
                    i.rank,
                    i.commodity.id,
                    i.commodity.name,
                    i.score,
                    i.reliance.published,
                    i.reliance.form,
                    i.concentration?.hhi,
                    i.concentration?.stage,
                    i.concentration?.topProducer.name,
                    i.concentration?.topShare,
                    i.importSources.map((s) => `${s.rank}. ${s.to.name}`).join('; '),
                    i.reliance.citation,
                  ])}
                />{' '}
                {variables ? <IdeLink href={ideHref(SupplyRiskDocument, variables)} /> : null}
              </p>
              <table className="sg-table" data-testid="supply-risk">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>Commodity</th>
                    <th>Score</th>
                    <th>Net import reliance</th>
                    <th>World supply (HHI, top producer)</th>
                    <th>Import sources, in order</th>
                  </tr>
                </thead>
                <tbody>
                  {d.supplyRisk.items.map((i) => (
                    <tr key={i.commodity.id}>
                      <td>{i.rank}</td>
                      <td>
                        <EntityLink id={i.commodity.id} name={i.commodity.name} />{' '}
                        {i.concentration ? (
                          <a href={href('whatif', { stop: i.concentration.topProducer.id, commodity: i.commodity.id })} title={`What if ${i.concentration.topProducer.name} stops supplying it`}>
                            what if
                          </a>
                        ) : null}
                      </td>
                      <td>{i.score === null ? '—' : i.score.toFixed(2)}</td>
                      <td title={i.reliance.citation ?? undefined}>
                        {i.reliance.relianceStatus === 'REPORTED' ? `${BOUND[i.reliance.relianceBound ?? 'EXACT'] ?? ''}${i.reliance.reliance}%` : (i.reliance.published ?? '—')}
                        {i.reliance.form ? ` (${i.reliance.form})` : ''}
                      </td>
                      <td>
                        {i.concentration ? (
                          <>
                            {Math.round(i.concentration.hhi).toLocaleString('en')} · <EntityLink id={i.concentration.topProducer.id} name={i.concentration.topProducer.name} /> {percent(i.concentration.topShare)}
                          </>
                        ) : (
                          'no world shares'
                        )}
                      </td>
                      <td>{i.importSources.map((s) => `${s.rank}. ${s.to.name}`).join(', ')}</td>
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
