/**
 * An entity's neighbourhood, drawn and listed: groups by relationship field with their pages,
 * filters, nodes expanded in place, and the relationships behind an edge (with their figures and
 * sources) in a panel. The same data as a list under the graph, and as CSV.
 */
import { useCallback, useMemo, useState } from 'react';
import { EntityDetailsDocument, type EntityDetailsQuery } from '../../../client/index.js';
import { client, type Loadable } from './api.js';
import { CsvButton, EntityLink, href, Sources, useEscape } from './common.js';
import { GraphView, kindName, typeName } from './Graph.js';
import {
  describeRelationships,
  figuresOf,
  groupsOf,
  pageSizeFor,
  neighbourhoodScene,
  shareText,
  type Entity,
  type Expansion,
  type Link,
  type Neighbour,
  type NeighbourList,
} from './graphModel.js';

export type DetailedEntity = NonNullable<EntityDetailsQuery['entity']>;

/** Relationships per field read when a node is expanded, and new nodes it may add. */
const EXPAND_FIRST = 6;
const EXPAND_NODES = 12;

function isNeighbourList(value: unknown): value is { totalCount: number; edges: Neighbour[] } {
  return typeof value === 'object' && value !== null && 'totalCount' in value && 'edges' in value && Array.isArray(value.edges);
}

/** Every relationship field the entity page asked for, with its edges and total. */
export function neighbourLists(entity: DetailedEntity): NeighbourList[] {
  return Object.entries(entity).flatMap(([field, value]) => (isNeighbourList(value) && value.totalCount > 0 ? [{ field, totalCount: value.totalCount, edges: value.edges }] : []));
}

export function Neighbourhood(props: { entity: DetailedEntity; lists: NeighbourList[]; refreshing: boolean; onMore: () => void }) {
  const { entity, lists, onMore } = props;
  const focus = useMemo<Entity>(() => ({ id: entity.id, kind: entity.kind, name: entity.name }), [entity.id, entity.kind, entity.name]);
  const groups = useMemo(() => groupsOf(lists), [lists]);
  const [pages, setPages] = useState<ReadonlyMap<string, number>>(new Map());
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  // A hub's many groups get shorter pages, so its first view stays legible.
  const pageSize = pageSizeFor(groups.length);
  const [expansions, setExpansions] = useState<Expansion[]>([]);
  const [expanding, setExpanding] = useState<Loadable<null> & { id?: string }>({ state: 'idle' });
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<string>>(new Set());
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [openLinks, setOpenLinks] = useState<Link[] | null>(null);

  const scene = useMemo(
    () => neighbourhoodScene({ focus, groups, pages, closed, expansions, hiddenKinds, hiddenTypes, pageSize, expansionSize: EXPAND_NODES }),
    [focus, groups, pageSize, pages, closed, expansions, hiddenKinds, hiddenTypes],
  );
  const fitKey = `${entity.id}|${expansions.length}|${[...pages].join()}|${[...closed].join()}|${[...hiddenKinds].join()}|${[...hiddenTypes].join()}`;
  const names = useMemo(() => new Map(scene.nodes.map((n) => [n.id, n.label])), [scene]);

  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    if (!next.delete(key)) next.add(key);
    return next;
  };

  const expand = useCallback(
    (id: string) => {
      if (id === entity.id || id.startsWith('group:')) return;
      if (expansions.some((e) => e.entity.id === id)) {
        setExpansions((list) => list.filter((e) => e.entity.id !== id));
        return;
      }
      setExpanding({ state: 'loading', previous: null, id });
      void client.execute(EntityDetailsDocument, { id, first: EXPAND_FIRST }).then(({ data, errors }) => {
        const found = data?.entity;
        if (!found) {
          setExpanding({ state: 'failed', errors: errors.length ? errors : [{ message: 'The entity is gone.', extensions: { code: 'NOT_FOUND' } }], id });
          return;
        }
        setExpanding({ state: 'idle' });
        setExpansions((list) => [...list.filter((e) => e.entity.id !== id), { entity: { id: found.id, kind: found.kind, name: found.name }, groups: groupsOf(neighbourLists(found)) }]);
      });
    },
    [entity.id, expansions],
  );

  const activate = useCallback(
    (id: string) => {
      if (id.startsWith('group:')) {
        const field = id.slice('group:'.length);
        setClosed((set) => toggle(set, field));
      } else if (id !== entity.id) window.location.hash = href('entity', { id });
    },
    [entity.id],
  );

  const onEdge = useCallback(
    (edgeId: string) => {
      const link = scene.edges.find((e) => e.id === edgeId)?.link;
      if (link) setOpenLinks([link]);
    },
    [scene],
  );

  const closePanels = useCallback(() => {
    setOpenLinks(null);
    setSelected(null);
  }, []);
  useEscape(openLinks || selected ? closePanels : null);

  const selectedNode = scene.nodes.find((n) => n.id === selected && n.entity) ?? null;
  const selectedLinks = selectedNode ? scene.edges.filter((e) => e.link && (e.source === selectedNode.id || e.target === selectedNode.id)).map((e) => e.link!) : [];
  const turnPage = (field: string, page: number) => setPages((map) => new Map(map).set(field, page));

  return (
    <div className="sg-neighbourhood">
      <GraphView
        scene={scene}
        testId="neighbourhood"
        label={`Neighbourhood of ${entity.name}`}
        fitKey={fitKey}
        selected={selected}
        onSelect={setSelected}
        onActivate={activate}
        onExpand={expand}
        onEdge={onEdge}
        hiddenKinds={hiddenKinds}
        hiddenTypes={hiddenTypes}
        onToggleKind={(k) => setHiddenKinds((s) => toggle(s, k))}
        onToggleType={(t) => setHiddenTypes((s) => toggle(s, t))}
      />
      {expanding.state === 'loading' ? <p className="sg-loading" role="status">Expanding {names.get(expanding.id ?? '') ?? expanding.id}…</p> : null}
      {expanding.state === 'failed' ? (
        <div className="sg-error" role="alert">
          <p>
            Could not expand {names.get(expanding.id ?? '') ?? expanding.id}: <code className="sg-error-code">{expanding.errors[0]?.extensions?.code ?? 'ERROR'}</code> {expanding.errors[0]?.message}
          </p>
          <button type="button" className="sg-retry" onClick={() => expanding.id && expand(expanding.id)}>
            Try again
          </button>
        </div>
      ) : null}
      {selectedNode && selectedNode.role !== 'focus' ? (
        <aside className="sg-panel sg-node-panel" data-testid="node-panel" aria-label={`${selectedNode.label}: selected`}>
          <button type="button" className="sg-close" onClick={() => setSelected(null)} aria-label="close">
            ×
          </button>
          <h3>
            <EntityLink id={selectedNode.id} name={selectedNode.label} /> <span className="sg-kind">{kindName(selectedNode.kind ?? '')}</span>
          </h3>
          <p>
            <button type="button" onClick={() => expand(selectedNode.id)}>
              {selectedNode.expanded ? 'Collapse' : 'Expand'}
            </button>{' '}
            <a href={href('entity', { id: selectedNode.id })}>Open its page</a>
          </p>
          <ul>
            {selectedLinks.map((link) => (
              <li key={link.key}>
                <button type="button" className="sg-linkish" onClick={() => setOpenLinks([link])}>
                  {names.get(link.from) ?? link.from} → {typeName(link.type)} → {names.get(link.to) ?? link.to}
                  {describeRelationships(link.relationships) ? `: ${describeRelationships(link.relationships)}` : ''}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      {openLinks ? <RelationshipPanel links={openLinks} names={names} onClose={() => setOpenLinks(null)} /> : null}
      <GroupPager groups={scene.groups} onPage={turnPage} onToggle={(field) => setClosed((s) => toggle(s, field))} onMore={onMore} refreshing={props.refreshing} />
      <NeighbourLists entity={entity} lists={lists} groups={groups} onOpen={setOpenLinks} onMore={onMore} refreshing={props.refreshing} />
    </div>
  );
}

/** Each group with its page: previous/next, open/close; the next page past what is loaded loads more. */
function GroupPager(props: { groups: ReturnType<typeof neighbourhoodScene>['groups']; onPage: (field: string, page: number) => void; onToggle: (field: string) => void; onMore: () => void; refreshing: boolean }) {
  if (props.groups.length === 0) return null;
  return (
    <table className="sg-groups" data-testid="groups">
      <caption>Groups in the graph</caption>
      <tbody>
        {props.groups.map((g) => {
          const more = g.page + 1 < g.pageCount;
          const loadMore = !more && !g.complete;
          return (
            <tr key={g.field} data-field={g.field}>
              <th scope="row">{g.title}</th>
              <td className="sg-group-count">
                {g.open && g.first ? `${g.first}–${g.last} of ${g.count}${g.complete ? '' : '+'}` : `${g.count}${g.complete ? '' : '+'}`}
              </td>
              <td>
                <button type="button" onClick={() => props.onToggle(g.field)} aria-pressed={g.open}>
                  {g.open ? 'Close' : 'Open'}
                </button>{' '}
                <button type="button" disabled={!g.open || g.page === 0} onClick={() => props.onPage(g.field, g.page - 1)} aria-label={`${g.title}: previous page`}>
                  ‹ Previous
                </button>{' '}
                <button
                  type="button"
                  disabled={!g.open || (!more && !loadMore) || props.refreshing}
                  onClick={() => {
                    if (loadMore) props.onMore();
                    props.onPage(g.field, g.page + 1);
                  }}
                  aria-label={`${g.title}: next page`}
                >
                  Next ›
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The relationships behind an edge: one row per relationship, with its figures and sources. */
export function RelationshipPanel(props: { links: Link[]; names: ReadonlyMap<string, string>; onClose: () => void }) {
  useEscape(props.onClose);
  const first = props.links[0];
  if (!first) return null;
  const name = (id: string) => props.names.get(id) ?? id;
  return (
    <aside className="sg-panel sg-edge" data-testid="edge-sources" aria-label="relationships and their sources">
      <button type="button" className="sg-close" onClick={props.onClose} aria-label="close">
        ×
      </button>
      {props.links.map((link) => (
        <section key={link.key}>
          <h3>
            <EntityLink id={link.from} name={name(link.from)} /> → {typeName(link.type)} → <EntityLink id={link.to} name={name(link.to)} />
            {link.relationships.length > 1 ? <span className="sg-count"> · {link.relationships.length} relationships</span> : null}
          </h3>
          <CsvButton
            title={`${name(link.from)} ${typeName(link.type)} ${name(link.to)}`}
            header={['from', 'type', 'to', 'year', 'stage', 'share', 'estimate', 'detail', 'confidence', 'validFrom', 'validTo', 'sources']}
            rows={link.relationships.map((r) => {
              const f = figuresOf(r);
              return [name(link.from), r.type, name(link.to), f.year, f.stage, f.share, f.estimate, f.qualifier, r.confidence, r.validFrom, r.validTo, r.sources.map((s) => s.title).join('; ')];
            })}
          />
          <table className="sg-table sg-relationships">
            <thead>
              <tr>
                <th>year</th>
                <th>stage</th>
                <th>share</th>
                <th>detail</th>
                <th>valid</th>
                <th>sources</th>
              </tr>
            </thead>
            <tbody>
              {[...link.relationships].sort((a, b) => (figuresOf(b).year ?? -Infinity) - (figuresOf(a).year ?? -Infinity)).map((r) => {
                const f = figuresOf(r);
                return (
                  <tr key={r.id}>
                    <td>{f.year ?? ''}</td>
                    <td>{f.stage ?? ''}</td>
                    <td>
                      {f.share === null ? '' : shareText(f.share)}
                      {f.estimate ? ' (estimate)' : ''}
                    </td>
                    <td>
                      {f.qualifier ?? ''}
                      {r.confidence !== null ? ` confidence ${r.confidence}` : ''}
                    </td>
                    <td>{r.validFrom || r.validTo ? `${r.validFrom ?? '…'} – ${r.validTo ?? '…'}` : ''}</td>
                    <td>
                      <Sources sources={r.sources} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </aside>
  );
}

/** The neighbourhood as lists by field (the graph's content, readable and reachable by keyboard), and as CSV. */
function NeighbourLists(props: { entity: DetailedEntity; lists: NeighbourList[]; groups: ReturnType<typeof groupsOf>; onOpen: (links: Link[]) => void; onMore: () => void; refreshing: boolean }) {
  const { entity, lists, groups } = props;
  const capped = lists.some((l) => l.totalCount > l.edges.length);
  const rows = lists.flatMap((l) =>
    l.edges.map((e) => {
      const f = figuresOf(e.relationship);
      return [l.field, e.direction, e.node.id, e.node.name, e.node.kind, e.relationship.type, f.year, f.stage, f.share, f.estimate, f.qualifier, e.relationship.validFrom, e.relationship.validTo, e.relationship.sources.map((s) => s.title).join('; ')];
    }),
  );
  return (
    <>
      <h3 className="sg-section">
        Relationships by field <CsvButton title={`${entity.name} neighbourhood`} header={['field', 'direction', 'id', 'name', 'kind', 'type', 'year', 'stage', 'share', 'estimate', 'detail', 'validFrom', 'validTo', 'sources']} rows={rows} />
      </h3>
      <div className="sg-lists">
        {groups.map((g) => (
          <div key={g.field} className="sg-list">
            <h4>
              {g.title}{' '}
              <span className="sg-count">
                {g.members.length}
                {g.complete ? '' : ` shown, ${g.totalCount} relationships in all`}
              </span>
            </h4>
            <ul>
              {g.members.map((m) => {
                const count = m.links.reduce((n, l) => n + l.relationships.reduce((k, r) => k + r.sources.length, 0), 0);
                const figures = m.links.map((l) => describeRelationships(l.relationships)).filter((t) => t !== '');
                return (
                  <li key={m.entity.id}>
                    <EntityLink id={m.entity.id} name={m.entity.name} /> {figures.length ? <span className="sg-figures">{figures.join('; ')}</span> : null}{' '}
                    <button type="button" className="sg-linkish" onClick={() => props.onOpen(m.links)} title="the relationships and their sources">
                      {count} source{count === 1 ? '' : 's'}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {capped ? (
        <p className="sg-capped">
          Some fields have more than the {Math.max(...lists.map((l) => l.edges.length))} loaded.{' '}
          <button type="button" onClick={props.onMore} disabled={props.refreshing}>
            {props.refreshing ? 'Loading…' : 'Show more'}
          </button>
        </p>
      ) : null}
    </>
  );
}
