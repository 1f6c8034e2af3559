/** A drawn graph (Cytoscape.js, bundled): nodes by kind, edges labelled with their type. */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  focus?: boolean;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

const KIND_COLOURS: Record<string, string> = {
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

export function Graph(props: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  layout: 'concentric' | 'path';
  onNode?: (id: string) => void;
  onEdge?: (id: string) => void;
  testId: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const { nodes, edges, layout, onNode, onEdge, testId } = props;
  useEffect(() => {
    if (!container.current) return;
    const elements: ElementDefinition[] = [
      ...nodes.map((n, i) => ({ data: { id: n.id, label: n.label, colour: KIND_COLOURS[n.kind] ?? '#555', order: i, focus: n.focus ? 1 : 0 } })),
      ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
    ];
    const cy: Core = cytoscape({
      container: container.current,
      elements,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': '110px', 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 },
        },
        { selector: 'node[focus = 1]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: { width: 1.5, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#555', 'text-rotation': 'autorotate' },
        },
      ],
      layout:
        layout === 'path'
          ? { name: 'grid', rows: 1, sort: (a, b) => Number(a.data('order')) - Number(b.data('order')) }
          : { name: 'concentric', concentric: (n) => Number(n.data('focus')) * 10 + 1, levelWidth: () => 1, minNodeSpacing: 30 },
    });
    cy.on('tap', 'node', (event) => onNode?.((event.target as cytoscape.NodeSingular).id()));
    cy.on('tap', 'edge', (event) => onEdge?.((event.target as cytoscape.EdgeSingular).id()));
    return () => cy.destroy();
  }, [nodes, edges, layout, onNode, onEdge]);
  return <div className="sg-graph" ref={container} data-testid={testId} data-nodes={nodes.length} data-edges={edges.length} />;
}
