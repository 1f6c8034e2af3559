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

const defaultTabs = examples.map((example) => ({
  query: example.query,
  variables: example.variables ?? null,
  headers: HEADERS_HINT,
}));

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
          defaultHeaders={HEADERS_HINT}
          isHeadersEditorEnabled
          defaultEditorToolsVisibility="headers"
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
