/** Search, the entity page (properties, links into the other views, citations, neighbourhood) and the path view. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { EntityDetailsDocument, PathsDocument, SearchDocument, type PathsQuery } from '../../../client/index.js';
import { ideHref, useOperation } from './api.js';
import { clip, CsvButton, EntityLink, Hint, href, IdeLink, QueryForm, Result, Sources, useTitle } from './common.js';
import { EntityPicker, SEARCH_MAX } from './EntityPicker.js';
import { GraphView, kindName, typeName } from './Graph.js';
import { EXPLORER_REQUESTS } from './fixedVariables.js';
import { describeRelationships, figuresOf, mergeParallel, pathScene, type Link } from './graphModel.js';
import { Neighbourhood, neighbourLists, RelationshipPanel, type DetailedEntity } from './Neighbourhood.js';

export function SearchView(props: { text: string }) {
  const [text, setText] = useState(props.text);
  const [asked, setAsked] = useState(props.text.trim());
  useEffect(() => {
    setText(props.text);
    setAsked(props.text.trim());
  }, [props.text]);
  // As the researcher types: the answer follows 250 ms after the last key, and the URL with it.
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = text.trim();
      if (next === asked) return;
      setAsked(next);
      window.history.replaceState(null, '', href('search', { q: next }));
    }, 250);
    return () => clearTimeout(timer);
  }, [text, asked]);
  const tooLong = asked.length > SEARCH_MAX;
  const result = useOperation(SearchDocument, asked && !tooLong ? { text: asked, first: 20 } : null);
  useTitle(asked ? `Search: ${clip(asked, 40)}` : 'Search');
  return (
    <section>
      <h1>Search</h1>
      <form className="sg-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="sg-picker">
          <label htmlFor="search-text">Name, alias or code</label>
          <input id="search-text" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder="magnets, China, Nvidia, HS 8505…" maxLength={SEARCH_MAX} autoComplete="off" />
        </div>
      </form>
      {tooLong ? (
        <div className="sg-result" data-state="error">
          <p className="sg-error" role="alert">
            The search text is {asked.length.toLocaleString('en')} characters long (“{clip(asked, 40)}”); search takes up to {SEARCH_MAX}.
          </p>
        </div>
      ) : (
        <Result
          result={result}
          hint={
            <Hint
              examples={[
                ['magnets', href('search', { q: 'magnets' })],
                ['China', href('search', { q: 'China' })],
                ['HS 8505', href('search', { q: 'HS 8505' })],
                ['Lutnick', href('search', { q: 'Lutnick' })],
              ]}
            >
              Type a name, an alias or a code (an ISO country code, an HS code) to find entities. Press <kbd>/</kbd> anywhere to search.
            </Hint>
          }
          isEmpty={(d) => (d.search ?? []).length === 0}
          empty={`No entity matches “${clip(asked)}”.`}
        >
          {(d) => (
            <>
              <p className="sg-actions">
                <CsvButton title={`search ${asked}`} header={['id', 'name', 'kind', 'exact', 'score', 'description']} rows={(d.search ?? []).map((h) => [h.entity.id, h.entity.name, h.entity.kind, h.exact, h.score, h.entity.description])} />{' '}
                <IdeLink href={ideHref(SearchDocument, { text: asked, first: 20 })} />
              </p>
              <ul className="sg-results">
                {(d.search ?? []).map((hit) => (
                  <li key={hit.entity.id}>
                    <EntityLink id={hit.entity.id} name={hit.entity.name} /> <span className="sg-kind">{kindName(hit.entity.kind)}</span>
                    {hit.exact ? <span className="sg-badge">exact</span> : null}
                    {hit.entity.description ? <p>{hit.entity.description}</p> : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Result>
      )}
    </section>
  );
}

/** First page per relationship field; "Show more" asks for this many more. */
const PAGE = 24;

export function EntityView(props: { id: string }) {
  const [limit, setLimit] = useState(PAGE);
  const variables = props.id ? { id: props.id, first: limit } : null;
  const result = useOperation(EntityDetailsDocument, variables);
  const loaded = result.state === 'done' ? result.data.entity : result.state === 'loading' ? (result.previous?.data.entity ?? null) : null;
  useTitle(loaded?.name ?? (props.id ? clip(props.id, 40) : 'Entity'));
  const onMore = useCallback(() => setLimit((n) => n + PAGE * 2), []);
  if (!props.id) {
    return (
      <section>
        <h1>Entity</h1>
        <div className="sg-result" data-state="idle">
          <p className="sg-hint">No entity was named in this link. Find one by name:</p>
          <form className="sg-form" onSubmit={(e) => e.preventDefault()}>
            <EntityPicker name="entity" label="Entity" value="" placeholder="China, magnets, Ford…" onPick={(hit) => (window.location.hash = href('entity', { id: hit.id }))} />
          </form>
        </div>
      </section>
    );
  }
  return (
    <section>
      <Result
        result={result}
        isEmpty={(d) => d.entity === null}
        empty={
          <>
            No entity has the id “{clip(props.id)}”. <a href={href('search', { q: props.id.replace(/^[a-z_]+:/, '').slice(0, SEARCH_MAX) })}>Search for it by name</a>.
          </>
        }
      >
        {(d) => (d.entity ? <EntityPage entity={d.entity} refreshing={result.state === 'loading'} onMore={onMore} ide={ideHref(EntityDetailsDocument, variables)} /> : null)}
      </Result>
    </section>
  );
}

/** The views an entity leads to, by its kind. */
function researchLinks(entity: DetailedEntity): [string, string][] {
  const links: [string, string][] = [['Paths from here', href('path', { from: entity.id })]];
  if (entity.__typename === 'Country' || entity.__typename === 'Region') {
    links.push(['Trade as exporter', href('trade', { exporter: entity.id })], ['Trade as importer', href('trade', { importer: entity.id })]);
  }
  if (entity.__typename === 'Commodity') {
    links.push(['Trade in it', href('trade', { commodity: entity.id })], ['Concentration', href('concentration', { commodity: entity.id })]);
  }
  if (entity.__typename === 'Country' || entity.__typename === 'Company') links.push(['What if it stops', href('whatif', { stop: entity.id })]);
  if (entity.__typename === 'Country') links.push(['What it imports (supply risk)', href('supplyrisk', { of: entity.id })]);
  if (entity.__typename === 'TradeObservation') {
    links.push(['This flow over time', href('trade', { exporter: entity.exporter?.id, importer: entity.importer?.id, commodity: entity.commodity?.id })]);
  }
  links.push(['Timeline', href('timeline', { entity: entity.id })]);
  return links;
}

function properties(entity: DetailedEntity): [string, ReactNode][] {
  const skip = new Set(['__typename', 'id', 'kind', 'name', 'aliases', 'description', 'sources']);
  return Object.entries(entity).flatMap(([key, value]): [string, ReactNode][] => {
    if (skip.has(key) || value === null || value === undefined) return [];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [[key, String(value)]];
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) return value.length ? [[key, value.join(', ')]] : [];
      if (key === 'changes') return value.length ? [[key, value.map((c: { basis: string; percent: number; comparedTo: string }) => `${c.percent > 0 ? '+' : ''}${c.percent}% ${c.basis.toLowerCase().replace(/_/g, ' ')} (vs ${c.comparedTo})`).join('; ')]] : [];
      return [];
    }
    if (typeof value === 'object') {
      // A trade observation's exporter, importer and commodity: links to their pages.
      const { id, name } = value as { id?: unknown; name?: unknown };
      if (typeof id === 'string' && typeof name === 'string') return [[key, <EntityLink id={id} name={name} />]];
      if (typeof name === 'string') return [[key, name]];
    }
    return [];
  });
}

function EntityPage(props: { entity: DetailedEntity; refreshing: boolean; onMore: () => void; ide: string }) {
  const { entity } = props;
  const lists = useMemo(() => neighbourLists(entity), [entity]);
  const rows = properties(entity);
  return (
    <>
      <h1 className="sg-entity-name">
        {entity.name} <span className="sg-kind">{kindName(entity.kind)}</span>
      </h1>
      <nav className="sg-id sg-research-links" aria-label={`research ${entity.name}`}>
        <code>{entity.id}</code>
        {researchLinks(entity).map(([label, to]) => (
          <a key={label} href={to}>
            {label}
          </a>
        ))}
        <IdeLink href={props.ide} />
      </nav>
      {entity.description ? <p>{entity.description}</p> : null}
      {entity.aliases.length ? <p>Also: {entity.aliases.join(', ')}</p> : null}
      {rows.length ? (
        <table className="sg-props" data-testid="properties">
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <th>{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>Neighbourhood</h2>
      {lists.length === 0 ? <p className="sg-empty">No relationships.</p> : <Neighbourhood key={entity.id} entity={entity} lists={lists} refreshing={props.refreshing} onMore={props.onMore} />}
      <h2>Citations</h2>
      <Sources sources={entity.sources} />
    </>
  );
}

type Path = NonNullable<PathsQuery['paths']>[number];

const PATH_EXAMPLES: [string, string][] = [
  ['China → Ford', href('path', { from: 'country:CN', to: 'company:ford' })],
  ['China → General Motors', href('path', { from: 'country:CN', to: 'company:general-motors' })],
];

export function PathView(props: { from: string; to: string }) {
  const ready = props.from && props.to;
  const variables = ready ? EXPLORER_REQUESTS.Paths(props.from, props.to) : null;
  const result = useOperation(PathsDocument, variables);
  const names = result.state === 'done' ? result.data.paths?.[0]?.nodes : undefined;
  useTitle(ready ? `Path: ${names?.[0]?.name ?? clip(props.from, 30)} → ${names?.[names.length - 1]?.name ?? clip(props.to, 30)}` : 'Path');
  const missing = !props.from && !props.to ? null : !props.from ? 'where the path starts' : !props.to ? 'where it ends' : null;
  return (
    <section>
      <h1>Path</h1>
      <QueryForm
        view="path"
        submit="Find paths"
        fields={[
          { name: 'from', label: 'From', value: props.from, placeholder: 'China', entity: { what: 'entity' } },
          { name: 'to', label: 'To', value: props.to, placeholder: 'Ford', entity: { what: 'entity' } },
        ]}
      />
      <Result
        result={result}
        hint={<Hint examples={PATH_EXAMPLES}>{missing ? `Also choose ${missing}.` : 'Choose two entities by name — a country, a commodity, a company — to see how they are linked, hop by hop, with the sources of each hop.'}</Hint>}
        isEmpty={(d) => (d.paths ?? []).length === 0}
        empty={`No path joins them within ${EXPLORER_REQUESTS.Paths('', '').maxHops} hops.`}
      >
        {(d) => (
          <>
            <p className="sg-actions">
              <CsvButton title={`paths ${d.paths?.[0]?.nodes[0]?.name ?? ''} ${d.paths?.[0]?.nodes.at(-1)?.name ?? ''}`} header={['route', 'step', 'from', 'type', 'to', 'year', 'stage', 'share', 'sources']} rows={pathRows(d.paths ?? [])} />{' '}
              {variables ? <IdeLink href={ideHref(PathsDocument, variables)} /> : null}
            </p>
            {(d.paths ?? []).map((path, i) => (
              <PathDrawing key={i} path={path} index={i} />
            ))}
          </>
        )}
      </Result>
    </section>
  );
}

function pathRows(paths: Path[]) {
  return paths.flatMap((path, i) =>
    path.steps.flatMap((step, j) =>
      step.relationships.map((r) => {
        const f = figuresOf(r);
        return [i + 1, j + 1, step.from.name, r.type, step.to.name, f.year, f.stage, f.share, r.sources.map((s) => s.title).join('; ')];
      }),
    ),
  );
}

function sourcesText(link: Link): string {
  const count = link.relationships.reduce((n, r) => n + r.sources.length, 0);
  return `${count} source${count === 1 ? '' : 's'}`;
}

function PathDrawing(props: { path: Path; index: number }) {
  const { path } = props;
  const [open, setOpen] = useState<Link[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const scene = useMemo(() => pathScene(path), [path]);
  const names = useMemo(() => new Map(path.nodes.map((n) => [n.id, n.name])), [path]);
  const onEdge = useCallback((id: string) => setOpen(scene.edges.filter((e) => e.id === id && e.link).map((e) => e.link!)), [scene]);
  const close = useCallback(() => setOpen(null), []);
  return (
    <div className="sg-path" data-testid="path">
      <h2>
        Route {props.index + 1}: {path.length} step{path.length === 1 ? '' : 's'}
      </h2>
      <GraphView
        scene={scene}
        testId={`path-graph-${props.index}`}
        label={`Route ${props.index + 1}: ${path.nodes.map((n) => n.name).join(' → ')}`}
        fitKey={path.nodes.map((n) => n.id).join()}
        selected={selected}
        onSelect={setSelected}
        onActivate={(id) => (window.location.hash = href('entity', { id }))}
        onEdge={onEdge}
        className="sg-graph-small"
      />
      <ol className="sg-steps">
        {path.steps.map((step, i) => (
          <li key={i}>
            <EntityLink id={step.from.id} name={step.from.name} /> →{' '}
            {mergeParallel(step.relationships).map((link) => (
              <button key={link.key} type="button" className="sg-linkish sg-step-edge" onClick={() => setOpen([link])} title="the relationships and their sources">
                {typeName(link.type)}
                {describeRelationships(link.relationships) ? ` (${describeRelationships(link.relationships)})` : ''} · {sourcesText(link)}
              </button>
            ))}{' '}
            → <EntityLink id={step.to.id} name={step.to.name} />
          </li>
        ))}
      </ol>
      {open ? <RelationshipPanel links={open} names={names} onClose={close} /> : null}
    </div>
  );
}
