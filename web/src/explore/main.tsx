/**
 * The supplygraph explorer, served at /explore/: search, entity pages with their drawn
 * neighbourhood, paths, trade series, concentration and timelines. Routes live in the URL's hash
 * (#/entity?id=country:CN), so every view can be linked to.
 */
import './explore.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConcentrationView, TimelineView, TradeView } from './charts.js';
import { href } from './common.js';
import { EntityView, PathView, SearchView } from './views.js';

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
];

function App() {
  const { view, params } = parseHash(useHash());
  const p = (name: string) => params.get(name) ?? '';
  let page;
  switch (view) {
    case 'entity':
      page = <EntityView id={p('id')} />;
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
    default:
      page = <SearchView text={p('q')} />;
  }
  return (
    <div className="sg-explorer">
      <header className="sg-top">
        <strong>supplygraph</strong> explorer
        <nav>
          {NAV.map(([v, label]) => (
            <a key={v} href={href(v)} className={v === view ? 'sg-active' : undefined}>
              {label}
            </a>
          ))}
          <a href="/graphiql/">GraphQL IDE</a>
        </nav>
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
