import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { examples } from './examples';
import { examplesPlugin } from './ExamplesPlugin';

// Same-origin endpoint; the IDE itself is served under /graphiql/.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// Headers editor content is JSON(C); a comment-only editor sends no extra headers.
const HEADERS_HINT = '// Request headers as JSON, e.g.\n// { "Authorization": "Bearer <token>" }\n';

/**
 * The operation named by the URL: `?query=…&variables=…`, or the same after `#` (where the
 * explorer puts documents too long for a query string). GraphiQL opens it in a tab of its own (or
 * selects the tab that already holds it).
 */
function fromUrl(): { query?: string; variables?: string } {
  const search = new URLSearchParams(window.location.search);
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const read = (name: string) => search.get(name) ?? fragment.get(name) ?? undefined;
  return { query: read('query'), variables: read('variables') };
}

/** Keeps the URL on what the editors hold, so it can be shared or bookmarked. */
function toUrl(query: string, variables: string): void {
  const params = new URLSearchParams({ query });
  if (variables.trim()) params.set('variables', variables);
  const text = params.toString();
  // A query string past a few kilobytes meets server and proxy limits; the fragment has none.
  window.history.replaceState(null, '', text.length > 4000 ? `${window.location.pathname}#${text}` : `${window.location.pathname}?${text}`);
}

const opened = fromUrl();
const first = examples[0]!;
// One tab at first: the URL's operation, or the first example (the others are in the Examples panel).
const defaultTabs = [opened.query ? { query: opened.query, variables: opened.variables ?? null, headers: HEADERS_HINT } : { query: first.query, variables: first.variables ?? null, headers: HEADERS_HINT }];

let editing = { query: opened.query ?? '', variables: opened.variables ?? '' };
let pending: ReturnType<typeof setTimeout> | undefined;
function edited(change: Partial<typeof editing>): void {
  editing = { ...editing, ...change };
  clearTimeout(pending);
  pending = setTimeout(() => toUrl(editing.query, editing.variables), 300);
}

// Passing `plugins` replaces GraphiQL's default list, so keep the history plugin explicitly.
const plugins = [examplesPlugin(examples), HISTORY_PLUGIN];

function App() {
  return (
    <div className="sg-app">
      <header className="sg-header">
        <strong>supplygraph</strong> · GraphQL at <code>/graphql</code> · <a href="/explore/">explorer</a>
      </header>
      <div className="sg-ide">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={defaultTabs}
          initialQuery={opened.query}
          initialVariables={opened.variables}
          onEditQuery={(query) => edited({ query })}
          onEditVariables={(variables) => edited({ variables })}
          onTabChange={({ tabs, activeTabIndex }) => edited({ query: tabs[activeTabIndex]?.query ?? '', variables: tabs[activeTabIndex]?.variables ?? '' })}
          defaultHeaders={HEADERS_HINT}
          isHeadersEditorEnabled
          defaultEditorToolsVisibility={opened.variables ? 'variables' : 'headers'}
          plugins={plugins}
          visiblePlugin="Examples"
        />
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
