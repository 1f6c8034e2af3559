/** Search, the entity page (properties, citations, drawn neighbourhood) and the path view. */
import { useCallback, useMemo, useState } from 'react';
import { EntityDetailsDocument, PathsDocument, SearchDocument, type Direction, type EntityDetailsQuery, type EntityRefFragment, type PathsQuery, type RelationshipRefFragment } from '../../../client/index.js';
import { useOperation } from './api.js';
import { EntityLink, href, QueryForm, Result, Sources } from './common.js';
import { Graph, type GraphEdge, type GraphNode } from './Graph.js';

export function SearchView(props: { text: string }) {
  const result = useOperation(SearchDocument, props.text ? { text: props.text, first: 20 } : null);
  return (
    <section>
      <h1>Search</h1>
      <QueryForm view="search" submit="Search" fields={[{ name: 'q', label: 'Text', value: props.text, placeholder: 'magnets, China, Nvidia…' }]} />
      <Result result={result} empty={(d) => (d.search ?? []).length === 0} emptyText={`No entity matches "${props.text}".`}>
        {(d) => (
          <ul className="sg-results">
            {(d.search ?? []).map((hit) => (
              <li key={hit.entity.id}>
                <EntityLink id={hit.entity.id} name={hit.entity.name} /> <span className="sg-kind">{hit.entity.kind}</span>
                {hit.exact ? <span className="sg-badge">exact</span> : null}
                {hit.entity.description ? <p>{hit.entity.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Result>
    </section>
  );
}

type Entity = NonNullable<EntityDetailsQuery['entity']>;

/** One edge of a relationship connection: the entity at the other end, the direction, the relationship. */
interface Edge {
  direction: Direction;
  node: EntityRefFragment;
  relationship: RelationshipRefFragment;
}
interface Connection {
  totalCount: number;
  edges: Edge[];
}

function isConnection(value: unknown): value is Connection {
  return typeof value === 'object' && value !== null && 'totalCount' in value && 'edges' in value && Array.isArray(value.edges);
}

/** Every relationship connection the entity page asked for, with its edges and total. */
function neighbourLists(entity: Entity): { field: string; edges: Edge[]; totalCount: number }[] {
  return Object.entries(entity).flatMap(([field, value]) => (isConnection(value) && value.totalCount > 0 ? [{ field, edges: value.edges, totalCount: value.totalCount }] : []));
}

function properties(entity: Entity): [string, string][] {
  const skip = new Set(['__typename', 'id', 'kind', 'name', 'aliases', 'description', 'sources']);
  return Object.entries(entity).flatMap(([key, value]): [string, string][] => {
    if (skip.has(key) || value === null || value === undefined) return [];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [[key, String(value)]];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length ? [[key, value.join(', ')]] : [];
    if (typeof value === 'object' && !Array.isArray(value)) {
      const { name } = value as { name?: unknown };
      if (typeof name === 'string') return [[key, name]];
    }
    return [];
  });
}

const PAGE = 20;

const props_count = (lists: { field: string; totalCount: number }[], field: string) => lists.find((l) => l.field === field)?.totalCount ?? 0;

export function EntityView(props: { id: string }) {
  const [limit, setLimit] = useState(PAGE);
  const result = useOperation(EntityDetailsDocument, props.id ? { id: props.id, first: limit } : null);
  const [openEdge, setOpenEdge] = useState<RelationshipRefFragment | null>(null);
  return (
    <section>
      <Result result={result} empty={(d) => d.entity === null} emptyText={`No entity has the id "${props.id}".`}>
        {(d) => (d.entity ? <EntityPage entity={d.entity} limit={limit} onMore={() => setLimit(limit + PAGE * 4)} openEdge={openEdge} setOpenEdge={setOpenEdge} /> : null)}
      </Result>
    </section>
  );
}

function EntityPage(props: { entity: Entity; limit: number; onMore: () => void; openEdge: RelationshipRefFragment | null; setOpenEdge: (e: RelationshipRefFragment | null) => void }) {
  const { entity, limit } = props;
  const lists = useMemo(() => neighbourLists(entity), [entity]);
  const capped = lists.some((l) => l.totalCount > l.edges.length);
  const edgesById = useMemo(() => new Map<string, RelationshipRefFragment>(lists.flatMap((l) => l.edges.map((e): [string, RelationshipRefFragment] => [`${l.field}:${e.relationship.id}`, e.relationship]))), [lists]);
  const { nodes, edges } = useMemo(() => {
    const nodeMap = new Map<string, GraphNode>([[entity.id, { id: entity.id, label: entity.name, kind: entity.kind, focus: true }]]);
    const edgeList: GraphEdge[] = [];
    for (const { field, edges: list } of lists) {
      for (const e of list) {
        if (!nodeMap.has(e.node.id)) nodeMap.set(e.node.id, { id: e.node.id, label: e.node.name, kind: e.node.kind });
        const [source, target] = e.direction === 'OUT' ? [entity.id, e.node.id] : [e.node.id, entity.id];
        edgeList.push({ id: `${field}:${e.relationship.id}`, source, target, label: field });
      }
    }
    return { nodes: [...nodeMap.values()], edges: edgeList };
  }, [entity, lists]);
  const onNode = useCallback((id: string) => {
    if (id !== entity.id) window.location.hash = href('entity', { id });
  }, [entity.id]);
  const { setOpenEdge } = props;
  const onEdge = useCallback((id: string) => setOpenEdge(edgesById.get(id) ?? null), [edgesById, setOpenEdge]);
  const props_ = properties(entity);
  return (
    <>
      <h1 className="sg-entity-name">
        {entity.name} <span className="sg-kind">{entity.kind}</span>
      </h1>
      <p className="sg-id">
        <code>{entity.id}</code> · <a href={href('timeline', { entity: entity.id })}>timeline</a>
        {entity.__typename === 'Commodity' ? (
          <>
            {' '}
            · <a href={href('concentration', { commodity: entity.id })}>concentration</a>
          </>
        ) : null}{' '}
        · <a href={`/graphiql/`}>open the IDE</a>
      </p>
      {entity.description ? <p>{entity.description}</p> : null}
      {entity.aliases.length ? <p>Also: {entity.aliases.join(', ')}</p> : null}
      {props_.length ? (
        <table className="sg-props">
          <tbody>
            {props_.map(([k, v]) => (
              <tr key={k}>
                <th>{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>Neighbourhood</h2>
      {lists.length === 0 ? <p className="sg-empty">No relationships.</p> : <Graph testId="neighbourhood" nodes={nodes} edges={edges} layout="concentric" onNode={onNode} onEdge={onEdge} />}
      {capped ? (
        <p className="sg-capped">
          Showing up to {limit} per relationship field; some have more. <button onClick={props.onMore}>Show more</button>
        </p>
      ) : null}
      {props.openEdge ? <EdgeSources edge={props.openEdge} onClose={() => setOpenEdge(null)} /> : null}
      <div className="sg-lists">
        {lists.map(({ field, edges: list }) => (
          <div key={field} className="sg-list">
            <h3>
              {field} <span className="sg-count">{list.length < props_count(lists, field) ? `${list.length} of ${props_count(lists, field)}` : list.length}</span>
            </h3>
            <ul>
              {list.map((e) => (
                <li key={e.relationship.id}>
                  <EntityLink id={e.node.id} name={e.node.name} />{' '}
                  <button className="sg-linkish" onClick={() => setOpenEdge(e.relationship)} title="sources of this relationship">
                    {e.relationship.sources.length} source{e.relationship.sources.length === 1 ? '' : 's'}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h2>Citations</h2>
      <Sources sources={entity.sources} />
    </>
  );
}

function EdgeSources(props: { edge: RelationshipRefFragment; onClose: () => void }) {
  const e = props.edge;
  return (
    <aside className="sg-edge" data-testid="edge-sources">
      <button className="sg-close" onClick={props.onClose} aria-label="close">
        ×
      </button>
      <h3>
        {e.type}: <code>{e.id}</code>
      </h3>
      <p>
        {e.validFrom || e.validTo ? `valid ${e.validFrom ?? '…'} – ${e.validTo ?? '…'}` : null}
        {e.confidence !== null ? ` · confidence ${e.confidence}` : null}
      </p>
      <Sources sources={e.sources} />
    </aside>
  );
}

type Path = NonNullable<PathsQuery['paths']>[number];

export function PathView(props: { from: string; to: string }) {
  const ready = props.from && props.to;
  const result = useOperation(PathsDocument, ready ? { from: props.from, to: { id: props.to }, k: 3, maxHops: 5 } : null);
  return (
    <section>
      <h1>Path</h1>
      <QueryForm
        view="path"
        submit="Find paths"
        fields={[
          { name: 'from', label: 'From', value: props.from, placeholder: 'country:CN' },
          { name: 'to', label: 'To', value: props.to, placeholder: 'company:ford' },
        ]}
      />
      <Result result={result} empty={(d) => (d.paths ?? []).length === 0} emptyText={`No path from ${props.from} to ${props.to} within 5 hops.`}>
        {(d) => (d.paths ?? []).map((path, i) => <PathDrawing key={i} path={path} index={i} />)}
      </Result>
    </section>
  );
}

function PathDrawing(props: { path: Path; index: number }) {
  const { path } = props;
  const [open, setOpen] = useState<RelationshipRefFragment | null>(null);
  const nodes = useMemo<GraphNode[]>(() => path.nodes.map((n, i) => ({ id: n.id, label: n.name, kind: n.kind, focus: i === 0 || i === path.nodes.length - 1 })), [path]);
  const edges = useMemo<GraphEdge[]>(
    () => path.steps.map((s, i) => ({ id: `step-${i}`, source: s.from.id, target: s.to.id, label: [...new Set(s.relationships.map((r) => r.__typename.replace(/Relationship$/, '')))].join(' / ') })),
    [path],
  );
  const onEdge = useCallback((id: string) => setOpen(path.steps[Number(id.replace('step-', ''))]?.relationships[0] ?? null), [path]);
  return (
    <div className="sg-path" data-testid="path">
      <h2>
        Route {props.index + 1}: {path.length} step{path.length === 1 ? '' : 's'}
      </h2>
      <Graph testId={`path-graph-${props.index}`} nodes={nodes} edges={edges} layout="path" onEdge={onEdge} />
      <ol className="sg-steps">
        {path.steps.map((step, i) => (
          <li key={i}>
            <EntityLink id={step.from.id} name={step.from.name} /> →{' '}
            {step.relationships.map((r) => (
              <button key={r.id} className="sg-linkish sg-step-edge" onClick={() => setOpen(r)} title="open its sources">
                {r.__typename.replace(/Relationship$/, '')} ({r.sources.length})
              </button>
            ))}{' '}
            → <EntityLink id={step.to.id} name={step.to.name} />
          </li>
        ))}
      </ol>
      {open ? <EdgeSources edge={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
