// The graph view: cytoscape.js on a canvas, a force layout (cose), nodes coloured by actor kind
// (positions grey and square), edges by stance type, negative stances dashed. A click on a node
// calls onNode (the explorer re-centres on it), a click on an edge calls onEdge (its evidence);
// hovering a node shows its label.
import cytoscape from "cytoscape";

import { KIND_COLOURS, TYPE_COLOURS } from "./vocabulary.js";

const STYLE = [
  { selector: "node", style: {
    "background-color": (n) => KIND_COLOURS[n.data("kind")] || "#999",
    label: "data(short)", "font-size": 9, color: "#222", "text-valign": "bottom", "text-margin-y": 3,
    width: 18, height: 18, "text-wrap": "ellipsis", "text-max-width": 110,
  } },
  { selector: "node[kind = 'Position']", style: { shape: "round-rectangle", width: 14, height: 14 } },
  { selector: "node.center", style: { width: 28, height: 28, "border-width": 3, "border-color": "#222",
    "font-weight": "bold" } },
  { selector: "node.on-path", style: { "border-width": 3, "border-color": "#111" } },
  { selector: "edge", style: {
    "line-color": (e) => TYPE_COLOURS[e.data("type")] || "#999",
    "target-arrow-color": (e) => TYPE_COLOURS[e.data("type")] || "#999",
    "target-arrow-shape": "triangle", "curve-style": "bezier", width: 2.5, "arrow-scale": 0.8,
  } },
  { selector: "edge[polarity = 'negative']", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
  { selector: "edge.selected", style: { width: 5, "underlay-color": "#ffd54f", "underlay-opacity": 0.8,
    "underlay-padding": 3 } },
  { selector: "edge.on-path", style: { width: 4.5 } },
];

export class GraphView {
  constructor(container, tooltip, { onNode, onEdge }) {
    this.container = container;
    this.tooltip = tooltip;
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 4 });
    this.cy.on("tap", "node", (event) => onNode(event.target.data()));
    this.cy.on("tap", "edge", (event) => {
      this.cy.edges().removeClass("selected");
      event.target.addClass("selected");
      onEdge(event.target.data("record"));
    });
    this.cy.on("mouseover", "node", (event) => this.showTooltip(event.target));
    this.cy.on("mouseout", "node", () => { this.tooltip.hidden = true; });
    new ResizeObserver(() => this.refit()).observe(container); // the evidence panel narrows it
    this.cy.on("mouseover", "edge", () => { container.style.cursor = "pointer"; });
    this.cy.on("mouseout", "edge", () => { container.style.cursor = ""; });
  }

  /** Draw `nodes` ({id, label, kind}) and `edges` (stance edge records: stance, from, to, type ...). */
  show(nodes, edges, { center = null, highlight = null, root = null } = {}) {
    const known = new Set(nodes.map((n) => n.id));
    const ids = new Set();
    const elements = nodes.map((n) => ({ group: "nodes", data: {
      id: n.id, key: n.key, label: n.label || n.key, short: shorten(n.label || n.key), kind: n.kind } }));
    for (const e of edges) {
      const id = `${e.stance} ${e.to}`;
      if (!known.has(e.from) || !known.has(e.to) || ids.has(id)) continue;
      ids.add(id);
      elements.push({ group: "edges", data: {
        id, source: e.from, target: e.to, type: e.type, polarity: e.polarity, record: e,
      } });
    }
    this.tooltip.hidden = true;
    this.cy.elements().remove();
    this.cy.add(elements);
    if (center) this.cy.getElementById(center).addClass("center");
    if (highlight) this.cy.elements().filter((el) => highlight.has(el.id())).addClass("on-path");
    this.cy.resize();
    // a path reads best as a tree from its start; anything else gets the force layout
    const layout = root ? { name: "breadthfirst", roots: [root], directed: false, spacingFactor: 1.1 }
      : { name: "cose", randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 80,
        nodeOverlap: 20, gravity: 0.4, numIter: 1500, componentSpacing: 80 };
    this.cy.layout({ ...layout, animate: false, padding: 40, fit: true }).run();
    this.refit();
    this.container.dataset.nodes = String(this.cy.nodes().length);
    this.container.dataset.edges = String(this.cy.edges().length);
  }

  /** Mark the edges of one stance (opened from a list, say) as selected. */
  markStance(stance) {
    this.cy.edges().removeClass("selected");
    this.cy.edges().filter((edge) => edge.data("record").stance === stance).addClass("selected");
  }

  /** Fit the graph to the canvas, never blowing a small graph up past 1.3 times. */
  refit() {
    this.cy.resize();
    if (!this.cy.elements().length) return;
    this.cy.fit(undefined, 40);
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
  }

  showTooltip(node) {
    const position = node.renderedPosition();
    this.tooltip.textContent = `${node.data("label")} (${node.data("kind")})`;
    this.tooltip.style.left = `${Math.round(position.x + 12)}px`;
    this.tooltip.style.top = `${Math.round(position.y - 28)}px`;
    this.tooltip.hidden = false;
  }

  /** Where an edge is drawn, in page pixels (the browser tests click there). */
  edgeMidpoints() {
    const box = this.container.getBoundingClientRect();
    return this.cy.edges().map((edge) => {
      const point = edge.renderedMidpoint();
      return { stance: edge.data("record").stance, x: box.left + point.x, y: box.top + point.y };
    });
  }

  /** Where a node is drawn, in page pixels. */
  nodePosition(id) {
    const box = this.container.getBoundingClientRect();
    const point = this.cy.getElementById(id).renderedPosition();
    return { x: box.left + point.x, y: box.top + point.y };
  }
}

function shorten(text) {
  return text.length > 40 ? `${text.slice(0, 38)}…` : text;
}
