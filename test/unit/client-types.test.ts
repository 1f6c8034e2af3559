/**
 * The typed client: results are typed from the operation documents, so a wrong field or a missing
 * variable does not compile. `npm run typecheck` compiles this file; each `@ts-expect-error` fails
 * the typecheck if the line under it ever compiles. At run time, the client's error handling is
 * checked against canned responses (no database involved: the client only speaks HTTP).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConcentrationDocument, createClient, EntityDetailsDocument, SearchDocument, SupplygraphError, TradeSeriesDocument, type SearchQuery } from '../../client/index.js';

const respond = (body: unknown, status = 200) => () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('the typed client', () => {
  it('types results from the documents, and refuses wrong fields and variables at compile time', async () => {
    const client = createClient({
      url: 'http://localhost:4000/graphql',
      fetch: respond({ data: { search: [{ score: 3, exact: true, entity: { id: 'commodity:rare-earth-magnets', kind: 'COMMODITY', name: 'Rare-earth magnets', description: null } }] } }),
    });
    const data = await client.request(SearchDocument, { text: 'magnets' });
    expectTypeOf(data).toEqualTypeOf<SearchQuery>();
    const first = data.search?.[0];
    expectTypeOf(first?.entity.name).toEqualTypeOf<string | undefined>();
    expect(first?.entity.name).toBe('Rare-earth magnets');

    // @ts-expect-error the Search operation does not select `population` (no such field at all).
    void first?.entity.population;
    // @ts-expect-error `sources` exists on Entity, but the Search operation does not select it.
    void first?.entity.sources;
    // @ts-expect-error `text` is a required variable of Search.
    void client.request(SearchDocument, {}).catch(() => undefined);
    // @ts-expect-error `text` must be a string.
    void client.request(SearchDocument, { text: 42 }).catch(() => undefined);

    if (false as boolean) {
      const series = await client.request(TradeSeriesDocument, { exporter: 'country:CN', importer: 'country:US', commodity: 'commodity:rare-earth-magnets' });
      expectTypeOf(series.tradeSeries?.points[0]?.derived).toEqualTypeOf<boolean | undefined>();
      const concentration = await client.request(ConcentrationDocument, { commodity: 'commodity:rare-earth-magnets' });
      expectTypeOf(concentration.concentration?.hhi).toEqualTypeOf<number | null | undefined>();
      const entity = await client.request(EntityDetailsDocument, { id: 'country:CN' });
      if (entity.entity?.__typename === 'Country') {
        expectTypeOf(entity.entity.iso3).toEqualTypeOf<string>();
        // @ts-expect-error a Country has no tickers.
        void entity.entity.tickers;
      }
    }
  });

  it('throws the error code from `request`, and returns partial data from `execute`', async () => {
    const body = {
      data: { search: null },
      errors: [{ message: '"text" must be 1 to 200 characters.', path: ['search'], extensions: { code: 'BAD_USER_INPUT', argument: 'text' } }],
    };
    const client = createClient({ url: 'http://localhost:4000/graphql', fetch: respond(body) });
    await expect(client.request(SearchDocument, { text: '' })).rejects.toMatchObject({ name: 'SupplygraphError', code: 'BAD_USER_INPUT' });
    const result = await client.execute(SearchDocument, { text: '' });
    expect(result.data).toEqual({ search: null });
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const down = createClient({ url: 'http://localhost:4000/graphql', fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    const failure = await down.request(SearchDocument, { text: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SupplygraphError);
    expect((failure as SupplygraphError).code).toBe('NETWORK_ERROR');
  });

  it('sends the printed document, its operation name and variables as JSON', async () => {
    let sent: { url: string; init: RequestInit | undefined } | undefined;
    const client = createClient({
      url: 'http://localhost:4000/graphql',
      headers: () => ({ authorization: 'Bearer k' }),
      fetch: async (url, init) => {
        sent = { url: url instanceof Request ? url.url : url.toString(), init };
        return respond({ data: { search: [] } })();
      },
    });
    await client.request(SearchDocument, { text: 'magnets', first: 3 });
    const payload = JSON.parse(sent?.init?.body as string) as { query: string; operationName: string; variables: unknown };
    expect(payload.operationName).toBe('Search');
    expect(payload.query).toMatch(/^query Search\(\$text: String!/);
    expect(payload.query).toContain('fragment EntityRef on Entity');
    expect(payload.variables).toEqual({ text: 'magnets', first: 3 });
    expect(new Headers(sent?.init?.headers).get('authorization')).toBe('Bearer k');
  });
});
