import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { Example } from './examples';

const normalise = (s: string | null | undefined): string => (s ?? '').trim();

function ExamplesIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

/** Side panel listing the example operations; clicking one selects its tab or opens a new one. */
export function examplesPlugin(examples: readonly Example[]): GraphiQLPlugin {
  function ExamplesPanel() {
    const tabs = useGraphiQL((s) => s.tabs);
    const activeTabIndex = useGraphiQL((s) => s.activeTabIndex);
    const queryEditor = useGraphiQL((s) => s.queryEditor);
    const variableEditor = useGraphiQL((s) => s.variableEditor);
    const actions = useGraphiQLActions();
    const activeQuery = normalise(queryEditor?.getValue() ?? tabs[activeTabIndex]?.query);

    const open = (example: Example): void => {
      const wanted = normalise(example.query);
      const index = tabs.findIndex((tab, i) =>
        normalise(i === activeTabIndex ? queryEditor?.getValue() ?? tab.query : tab.query) === wanted,
      );
      if (index >= 0) {
        if (index !== activeTabIndex) actions.changeTab(index);
        return;
      }
      actions.addTab();
      // addTab() clears the editors; filling them updates the new (active) tab's state.
      queryEditor?.setValue(example.query);
      variableEditor?.setValue(example.variables ?? '');
    };

    return (
      <div className="sg-examples">
        <div className="graphiql-history-header">Examples</div>
        <ul>
          {examples.map((example) => (
            <li key={example.title}>
              <button
                type="button"
                className={normalise(example.query) === activeQuery ? 'sg-active' : undefined}
                onClick={() => open(example)}
              >
                {example.title}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
}
