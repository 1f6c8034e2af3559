/**
 * The supplygraph explorer, served at /explore/: search, entity pages with their drawn
 * neighbourhood, paths, trade series, concentration, timelines, what-if scenarios and supply
 * risk. Routes live in the URL's hash (#/entity?id=country:CN), so every view can be linked to.
 * `/` focuses the search box anywhere; Escape closes panels.
 */
import './explore.css';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConcentrationView, TimelineView, TradeView } from './charts.js';
import { href } from './common.js';
import { EntityPicker } from './EntityPicker.js';
import { EntityView, PathView, SearchView } from './views.js';
import { SupplyRiskView } from './supplyrisk.js';
import { WhatIfView } from './whatif.js';

function parseHash(hash: string): { view: string; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { view: path || 'search', params: new URLSearchParams(query) };
}

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}

const NAV: [string, string][] = [
  ['search', 'Search'],
  ['path', 'Path'],
  ['trade', 'Trade'],
  ['concentration', 'Concentration'],
  ['timeline', 'Timeline'],
  ['whatif', 'What if'],
  ['supplyrisk', 'Supply risk'],
];

/** True when a key press is meant for a field the user is typing in. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function App() {
  const hash = useHash();
  const { view, params } = parseHash(hash);
  const p = (name: string) => params.get(name) ?? '';
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  let page;
  // Keyed by the route, so a view's own state (pages, expansions, filters) starts afresh per entity or query.
  switch (view) {
    case 'entity':
      page = <EntityView key={hash} id={p('id')} />;
      break;
    case 'path':
      page = <PathView from={p('from')} to={p('to')} />;
      break;
    case 'trade':
      page = <TradeView exporter={p('exporter')} importer={p('importer')} commodity={p('commodity')} />;
      break;
    case 'concentration':
      page = <ConcentrationView commodity={p('commodity')} stage={p('stage')} year={p('year')} />;
      break;
    case 'timeline':
      page = <TimelineView entity={p('entity')} from={p('from')} to={p('to')} />;
      break;
    case 'supplyrisk':
      page = <SupplyRiskView of={p('of')} year={p('year')} orderBy={p('orderBy')} />;
      break;
    case 'whatif':
      page = <WhatIfView stop={p('stop')} also={p('also')} commodity={p('commodity')} cut={p('cut')} asOf={p('asOf')} />;
      break;
    default:
      page = <SearchView text={p('q')} />;
  }
  return (
    <div className="sg-explorer">
      <header className="sg-top">
        <a className="sg-home" href={href('search')}>
          <strong>supplygraph</strong> explorer
        </a>
        <nav aria-label="views">
          {NAV.map(([v, label]) => (
            <a key={v} href={href(v)} className={v === view ? 'sg-active' : undefined} aria-current={v === view ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <a href="/graphiql/">GraphQL IDE</a>
        </nav>
        <form
          className="sg-top-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const text = search.current?.value.trim() ?? '';
            if (text) window.location.hash = href('search', { q: text });
          }}
        >
          <EntityPicker name="q" label="Search" value="" placeholder="Search ( / )" inputRef={search} onPick={(hit) => (window.location.hash = href('entity', { id: hit.id }))} className="sg-picker-top" />
        </form>
      </header>
      <main>{page}</main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
