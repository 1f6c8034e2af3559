/**
 * A drawn graph (Cytoscape.js, bundled) of a scene from graphModel.ts: nodes coloured by kind,
 * group boxes, edges coloured by relationship type and labelled with their figures. Around it:
 * zoom and fit buttons, the legend (which is also the filter: untick a kind or a type to hide it),
 * and a line that says what is selected.
 *
 * By mouse: click a node to select it, double-click to expand it (its own neighbours appear
 * beside it), click an edge for its relationships and sources, click a closed group to open it.
 * By keyboard (the graph is one tab stop): ←/→ move through the nodes, Enter opens the selected
 * entity's page (or opens a group), E expands it, + and − zoom, 0 fits, Escape clears.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { Scene, SceneNode } from './graphModel.js';

export const KIND_COLOURS: Record<string, string> = {
  COUNTRY: '#2f6fb0',
  REGION: '#5b8fc7',
  COMMODITY: '#c07a12',
  COMPANY: '#2e8b57',
  OFFICIAL: '#8a4fb0',
  ORGANIZATION: '#7a6a55',
  POLICY: '#c0392b',
  SECTOR: '#16a085',
  EVENT: '#d35400',
  SOURCE: '#7f8c8d',
  TRADE_OBSERVATION: '#34495e',
};

export const TYPE_COLOURS: Record<string, string> = {
  PRODUCES: '#c07a12',
  HAS_CAPACITY: '#d4a03c',
  HAS_RESERVES: '#8d6e3f',
  HAS_STATISTIC: '#a1887f',
  IMPORTS: '#6a1b9a',
  IMPORTS_FROM: '#ad1457',
  MAKES: '#2e8b57',
  USES: '#5aa469',
  INPUT_TO: '#b5651d',
  SUPPLIES: '#1f7a8c',
  HEADQUARTERED_IN: '#2f6fb0',
  PART_OF: '#5b8fc7',
  IN_SECTOR: '#16a085',
  ISSUED: '#c0392b',
  TARGETS: '#e74c3c',
  AFFECTS: '#d35400',
  EASES: '#27ae60',
  RESPONDS_TO: '#a04000',
  LINKED_TO: '#7f8c8d',
  HOLDS_OFFICE: '#8a4fb0',
  STATED: '#9b59b6',
  CAUSED_BY: '#e67e22',
  EXPORTER: '#34495e',
  IMPORTER: '#34495e',
  OF: '#34495e',
};
const NEUTRAL = '#9aa5b1';

export const kindName = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');
export const typeName = (type: string) => type.toLowerCase().replace(/_/g, ' ');

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 12,
      color: '#1d232a',
      'text-wrap': 'ellipsis',
      'text-max-width': '180px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      // Labels too small to read are left out rather than drawn as a smear; zoom in to see them.
      'min-zoomed-font-size': 7,
      width: 20,
      height: 20,
    },
  },
  { selector: 'node[role = "focus"]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold', 'font-size': 14 } },
  { selector: 'node[role = "step"]', style: { width: 26, height: 26 } },
  {
    selector: 'node[role = "group"]:parent',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f3f6f9',
      'background-opacity': 1,
      'border-width': 1,
      'border-color': '#c9d2db',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-weight': 'bold',
      'text-background-opacity': 0,
      padding: '14px',
    },
  },
  {
    selector: 'node[role = "group"]:childless',
    style: {
      shape: 'round-rectangle',
      width: 170,
      height: 30,
      'background-color': '#e8edf2',
      'border-width': 1,
      'border-style': 'dashed',
      'border-color': '#8795a1',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
    },
  },
  { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#f39c12' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f', 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[labelAt = "target"]', style: { label: '', 'target-label': 'data(label)', 'target-text-offset': 80, 'target-text-rotation': 'autorotate' } },
  { selector: 'edge[labelAt = "source"]', style: { label: '', 'source-label': 'data(label)', 'source-text-offset': 80, 'source-text-rotation': 'autorotate' } },
  { selector: 'edge[type = ""]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  { selector: 'edge:selected', style: { width: 3.5, 'overlay-opacity': 0 } },
];

/** The zoom a fit may reach at most: small graphs are not blown up until their labels collide. */
const MAX_FIT_ZOOM = 1.25;

function elementsOf(scene: Scene): ElementDefinition[] {
  return [
    ...scene.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, role: n.role, kind: n.kind ?? '', colour: n.kind ? (KIND_COLOURS[n.kind] ?? '#555') : '#e8edf2', expanded: n.expanded, ...(n.parent ? { parent: n.parent } : {}) },
      position: { x: n.x, y: n.y },
      selectable: true,
    })),
    ...scene.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, label: e.label, labelAt: e.labelAt, type: e.type, colour: TYPE_COLOURS[e.type] ?? NEUTRAL } })),
  ];
}

function fit(cy: Core): void {
  cy.fit(undefined, 24);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** What the live region says about a node: its name, kind and the figures on its edges. */
export function describeNode(scene: Scene, node: SceneNode): string {
  if (node.role === 'group') return `${node.label} (group)`;
  const edges = scene.edges.filter((e) => e.source === node.id || e.target === node.id);
  const joined = edges
    .slice(0, 4)
    .map((e) => `${typeName(e.type)}${e.label ? `: ${e.label}` : ''}`)
    .join('; ');
  return `${node.label}, ${node.kind ? kindName(node.kind) : ''}${node.expanded ? ', expanded' : ''}${joined ? ` — ${joined}` : ''}`;
}

export function GraphView(props: {
  scene: Scene;
  testId: string;
  label: string;
  /** Fit again when this changes (another entity, another page); expanding keeps the view. */
  fitKey: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onActivate?: (id: string) => void;
  onExpand?: (id: string) => void;
  onEdge?: (id: string) => void;
  hiddenKinds?: ReadonlySet<string>;
  hiddenTypes?: ReadonlySet<string>;
  onToggleKind?: (kind: string) => void;
  onToggleType?: (type: string) => void;
  className?: string;
  /** What clicking does, when it is not the default (select a node; expand it, or open an edge's sources). */
  help?: string;
}) {
  const { scene, fitKey, selected, onSelect, onActivate, onExpand, onEdge } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const fitted = useRef<string | null>(null);
  const handlers = useRef({ onSelect, onActivate, onExpand, onEdge });
  handlers.current = { onSelect, onActivate, onExpand, onEdge };

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({ container: container.current, style: STYLE, minZoom: 0.1, maxZoom: 3, boxSelectionEnabled: false, autoungrabify: false });
    cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.data('role') === 'group' && node.isChildless()) handlers.current.onActivate?.(node.id());
      else handlers.current.onSelect(node.id());
    });
    cy.on('dbltap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.data('role') !== 'group') handlers.current.onExpand?.(node.id());
    });
    cy.on('tap', 'edge', (event) => handlers.current.onEdge?.((event.target as cytoscape.EdgeSingular).id()));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onSelect(null);
    });
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elementsOf(scene));
    });
    if (fitted.current !== fitKey) {
      fit(cy);
      fitted.current = fitKey;
    }
  }, [scene, fitKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (!selected) return;
    const node = cy.$id(selected);
    if (node.empty()) return;
    node.select();
    // Keep the selection in view when the keyboard moves it off screen.
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.animate({ center: { eles: node } }, { duration: 150 });
  }, [selected, scene]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: Math.min(3, Math.max(0.1, cy.zoom() * factor)), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const fitNow = () => cyRef.current && fit(cyRef.current);

  // Keyboard order: the scene's, without the boxes (their members are what can be picked).
  const order = useMemo(() => scene.nodes.filter((n) => !scene.nodes.some((c) => c.parent === n.id)), [scene]);
  const move = (delta: number) => {
    if (!order.length) return;
    const index = order.findIndex((n) => n.id === selected);
    const next = index < 0 ? (delta > 0 ? 0 : order.length - 1) : (index + delta + order.length) % order.length;
    onSelect(order[next]!.id);
  };
  const selectedNode = order.find((n) => n.id === selected) ?? null;

  return (
    <div className={`sg-graph-view ${props.className ?? ''}`}>
      <div className="sg-graph-tools" role="toolbar" aria-label="graph view">
        <button type="button" onClick={() => zoomBy(1.3)} aria-label="zoom in" title="zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.3)} aria-label="zoom out" title="zoom out (−)">
          −
        </button>
        <button type="button" onClick={fitNow} title="fit the whole graph (0)">
          Fit
        </button>
        <span className="sg-graph-help">{props.help ?? (onExpand ? 'Click a node to select it, double-click to expand it; arrows, Enter and E work too.' : 'Click a node to select it, an edge for its sources; arrows and Enter work too.')}</span>
      </div>
      <div
        className="sg-graph"
        ref={container}
        data-testid={props.testId}
        data-nodes={scene.nodes.filter((n) => n.role !== 'group').length}
        data-edges={scene.edges.filter((e) => e.type !== '').length}
        data-selected={selected ?? ''}
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={`${props.label}. Arrow keys move between the nodes, Enter opens the selected one${onExpand ? ', E expands it' : ''}, plus and minus zoom, 0 fits.`}
        onKeyDown={(event) => {
          const key = event.key;
          let handled = true;
          if (key === 'ArrowRight' || key === 'ArrowDown') move(1);
          else if (key === 'ArrowLeft' || key === 'ArrowUp') move(-1);
          else if (key === 'Home') onSelect(order[0]?.id ?? null);
          else if (key === 'Enter' && selected) onActivate?.(selected);
          else if ((key === 'e' || key === 'E' || key === ' ') && selected) onExpand?.(selected);
          else if (key === '+' || key === '=') zoomBy(1.3);
          else if (key === '-' || key === '_') zoomBy(1 / 1.3);
          else if (key === '0') fitNow();
          else handled = false;
          if (handled) event.preventDefault();
        }}
      />
      <p className="sg-graph-status" aria-live="polite" data-testid={`${props.testId}-status`}>
        {selectedNode ? describeNode(scene, selectedNode) : `${scene.nodes.filter((n) => n.role !== 'group').length} entities, ${scene.edges.filter((e) => e.type !== '').length} links.`}
      </p>
      <Legend scene={scene} hiddenKinds={props.hiddenKinds} hiddenTypes={props.hiddenTypes} onToggleKind={props.onToggleKind} onToggleType={props.onToggleType} testId={`${props.testId}-legend`} />
    </div>
  );
}

/** Colours explained; where the parent filters, each entry is a checkbox. */
function Legend(props: { scene: Scene; hiddenKinds?: ReadonlySet<string>; hiddenTypes?: ReadonlySet<string>; onToggleKind?: (kind: string) => void; onToggleType?: (type: string) => void; testId: string }) {
  const { legend } = props.scene;
  const entry = (key: string, label: string, count: number, colour: string, shape: 'dot' | 'line', hidden: boolean, toggle: ((key: string) => void) | undefined) => (
    <li key={key}>
      <label className={hidden ? 'sg-legend-off' : undefined}>
        {toggle ? <input type="checkbox" checked={!hidden} onChange={() => toggle(key)} /> : null}
        <span className={`sg-swatch sg-swatch-${shape}`} style={{ background: colour }} aria-hidden="true" /> {label} <span className="sg-count">{count}</span>
      </label>
    </li>
  );
  return (
    <div className="sg-legend" data-testid={props.testId}>
      <fieldset>
        <legend>Kinds</legend>
        <ul>{legend.kinds.map((k) => entry(k.kind, kindName(k.kind), k.count, KIND_COLOURS[k.kind] ?? '#555', 'dot', props.hiddenKinds?.has(k.kind) ?? false, props.onToggleKind))}</ul>
      </fieldset>
      <fieldset>
        <legend>Relationships</legend>
        <ul>{legend.types.map((t) => entry(t.type, typeName(t.type), t.count, TYPE_COLOURS[t.type] ?? NEUTRAL, 'line', props.hiddenTypes?.has(t.type) ?? false, props.onToggleType))}</ul>
      </fieldset>
    </div>
  );
}
