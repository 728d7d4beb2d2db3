// <pa-graph-canvas>: the explorer's network drawing, Cytoscape.js with the fCoSE force layout.
// The server decides what is visible and sends it whole (setGraph); this element keeps the
// positions of nodes it already shows, lays out only what is new, and reports clicks back as
// DOM events (node-select, node-expand, background-select) that the Java component listens to.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      'border-color': 'data(border)',
      'border-width': 3,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 11,
      'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      'min-zoomed-font-size': 7,
      color: '#1f2933',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node[shape]', style: { shape: 'data(shape)' } },
  { selector: 'node.unconfirmed', style: { 'border-style': 'dashed', opacity: 0.85 } },
  { selector: 'node.expanded', style: { 'border-width': 5 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1676f3', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge[hierarchy]', style: { 'line-style': 'dotted', 'line-color': '#c3cad3' } },
  {
    // "46 个项目": many neighbours of one kind, drawn as one box until opened.
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      width: 96,
      height: 30,
      'background-color': '#eef2f6',
      'border-style': 'dashed',
      'border-color': '#7b8794',
      'border-width': 2,
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-max-width': 92,
    },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  {
    selector: 'node.path',
    style: { 'border-color': '#e0115f', 'border-width': 6, opacity: 1 },
  },
  {
    selector: 'edge.path',
    style: { 'line-color': '#e0115f', 'target-arrow-color': '#e0115f', width: 4, opacity: 1, 'curve-style': 'straight' },
  },
];

const LAYOUTS = {
  fcose: (fresh) => ({
    name: 'fcose',
    quality: 'default',
    randomize: fresh,
    animate: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 110,
    nodeRepulsion: 12000,
    numIter: 1500,
  }),
  concentric: () => ({
    name: 'concentric',
    animate: false,
    minNodeSpacing: 12,
    concentric: (node) => (node.hasClass('expanded') ? 10 : 1) + node.degree() / 100,
    levelWidth: () => 1,
  }),
  breadthfirst: () => ({ name: 'breadthfirst', animate: false, directed: false, spacingFactor: 1.1 }),
  circle: () => ({ name: 'circle', animate: false }),
  grid: () => ({ name: 'grid', animate: false }),
  sides: (fresh, cy) => ({ name: 'preset', animate: false, positions: sidePositions(cy) }),
};

/** Vertical room per node in the "sides" layout, and the distance between its columns. */
const ROW = 54;
const COLUMN = 300;

/**
 * The story of a pairing network: supporters in a column on the left, recipients facing
 * them on the right, each pairing between its two ends, and whatever else is shown in an
 * outer column next to what it touches. Recipients are ordered by where their supporters
 * stand (the barycentre heuristic), so that most pairings run straight across.
 */
function sidePositions(cy) {
  const roles = new Map();
  cy.edges('[type = "SUPPORTER"], [type = "RECIPIENT"]').forEach((edge) => {
    const role = roles.get(edge.target().id()) || { supports: 0, receives: 0 };
    if (edge.data('type') === 'SUPPORTER') {
      role.supports++;
    } else {
      role.receives++;
    }
    roles.set(edge.target().id(), role);
  });
  const supporters = [];
  const recipients = [];
  const pairings = [];
  const others = [];
  cy.nodes().forEach((node) => {
    const role = roles.get(node.id());
    if (node.data('type') === 'Pairing') {
      pairings.push(node);
    } else if (role && role.supports >= role.receives) {
      supporters.push(node);
    } else if (role) {
      recipients.push(node);
    } else {
      others.push(node);
    }
  });
  const rank = new Map();
  const byName = (a, b) => String(a.data('label')).localeCompare(String(b.data('label')), 'zh');
  supporters.sort(byName).forEach((node, i) => rank.set(node.id(), i));
  const ends = (pairing, type) => pairing.outgoers(`edge[type = "${type}"]`).targets();
  const mean = (values, fallback) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : fallback);
  const recipientRank = (node) =>
    mean(
      node
        .incomers('edge[type = "RECIPIENT"]')
        .sources()
        .map((pairing) => ends(pairing, 'SUPPORTER').map((s) => rank.get(s.id())).filter((r) => r !== undefined))
        .flat(),
      supporters.length,
    );
  recipients
    .map((node) => [node, recipientRank(node)])
    .sort((a, b) => a[1] - b[1] || byName(a[0], b[0]))
    .forEach(([node], i) => rank.set(node.id(), i));
  const positions = {};
  const column = (nodes, x, wish) => {
    let last = -Infinity;
    nodes
      .map((node) => [node, wish(node)])
      .sort((a, b) => a[1] - b[1])
      .forEach(([node, y]) => {
        last = Math.max(y, last + ROW);
        positions[node.id()] = { x, y: last };
      });
  };
  column(supporters, -COLUMN, (node) => rank.get(node.id()) * ROW);
  column(recipients, COLUMN, (node) => rank.get(node.id()) * ROW);
  const endRank = (pairing) =>
    mean(
      ends(pairing, 'SUPPORTER')
        .union(ends(pairing, 'RECIPIENT'))
        .map((end) => rank.get(end.id()))
        .filter((r) => r !== undefined),
      0,
    );
  column(pairings, 0, (pairing) => endRank(pairing) * ROW);
  // The rest stands beside its neighbours: outside the supporters, outside the recipients,
  // or below the pairings.
  const bottom = Math.max(0, ...Object.values(positions).map((p) => p.y)) + 2 * ROW;
  const left = [];
  const right = [];
  const middle = [];
  const wished = new Map();
  others.forEach((node) => {
    const placed = node.neighborhood('node').filter((n) => positions[n.id()]);
    const x = mean(placed.map((n) => positions[n.id()].x), 0);
    wished.set(node.id(), placed.length ? mean(placed.map((n) => positions[n.id()].y), bottom) : bottom);
    (x < -COLUMN / 2 ? left : x > COLUMN / 2 ? right : middle).push(node);
  });
  const wish = (node) => wished.get(node.id());
  column(left, -2 * COLUMN, wish);
  column(right, 2 * COLUMN, wish);
  column(middle, 0, (node) => Math.max(wish(node), bottom));
  return positions;
}

/** Above this many nodes, fCoSE lays out with its fast draft only. */
const LARGE = 500;

const SPACING = 60;

/**
 * Scales positions about their centre so each node has about SPACING pixels of room: the
 * draft packs thousands of nodes into a few hundred pixels, where they would overlap.
 */
function spread(cy) {
  const nodes = cy.nodes();
  const box = nodes.boundingBox();
  const side = Math.max(box.w, box.h, 1);
  const factor = (SPACING * Math.sqrt(nodes.length)) / side;
  if (factor <= 1) {
    return;
  }
  const cx = (box.x1 + box.x2) / 2;
  const cy0 = (box.y1 + box.y2) / 2;
  cy.batch(() =>
    nodes.positions((node) => {
      const p = node.position();
      return { x: cx + (p.x - cx) * factor, y: cy0 + (p.y - cy0) * factor };
    }),
  );
}

class PaGraphCanvas extends HTMLElement {
  connectedCallback() {
    if (this.cy) {
      return;
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    const container = document.createElement('div');
    container.style.position = 'absolute';
    container.style.inset = '0';
    this.appendChild(container);
    this.layoutName = this.layoutName || 'fcose';
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // While the user pans and zooms, the last frame is moved as a picture and edges and
      // labels are left out; that keeps thousands of elements smooth in a browser without
      // a GPU. The full drawing returns when the gesture ends.
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      hideLabelsOnViewport: true,
    });
    this.cy.on('tap', 'node', (event) => this.fire('node-select', event.target.id()));
    this.cy.on('dbltap', 'node', (event) => this.fire('node-expand', event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) {
        this.fire('background-select', '');
      }
    });
    // Until the user pans or zooms, keep the whole graph in view as the element gets its
    // size (it is often laid out before the browser has sized it).
    this.autoFit = true;
    container.addEventListener('wheel', () => (this.autoFit = false), { passive: true });
    this.cy.on('tapstart', () => (this.autoFit = false));
    this.resizeObserver = new ResizeObserver(() => {
      this.cy.resize();
      if (this.autoFit && this.cy.nodes().length > 0 && this.cy.width() > 0 && this.cy.height() > 0) {
        this.fitAll();
      }
    });
    this.resizeObserver.observe(this);
    if (this.pending) {
      const [json, fit] = this.pending;
      this.pending = undefined;
      this.setGraph(json, fit);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  fire(type, id) {
    this.dispatchEvent(new CustomEvent(type, { detail: { id }, bubbles: true }));
  }

  /** Shows exactly the given graph: keeps the nodes already drawn, adds and lays out the rest. */
  setGraph(json, fit) {
    if (!this.cy) {
      this.pending = [json, fit];
      return;
    }
    const started = performance.now();
    const graph = JSON.parse(json);
    const cy = this.cy;
    const wanted = new Set();
    graph.nodes.forEach((n) => wanted.add(n.id));
    graph.edges.forEach((e) => wanted.add(e.id));
    const hadNodes = cy.nodes().length > 0;
    cy.batch(() => {
      cy.elements().filter((element) => !wanted.has(element.id())).remove();
      const added = [];
      for (const n of graph.nodes) {
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.data(n);
          existing.classes(n.classes);
        } else {
          const neighbour = graph.edges
            .filter((e) => e.source === n.id || e.target === n.id)
            .map((e) => cy.getElementById(e.source === n.id ? e.target : e.source))
            .find((other) => other.nonempty());
          const at = neighbour ? neighbour.position() : { x: 0, y: 0 };
          added.push({
            group: 'nodes',
            data: n,
            classes: n.classes,
            position: { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 },
          });
        }
      }
      for (const e of graph.edges) {
        if (cy.getElementById(e.id).empty()) {
          added.push({ group: 'edges', data: e, classes: e.classes });
        }
      }
      cy.add(added);
    });
    this.runLayout(!hadNodes, fit);
    this.dataset.nodes = String(cy.nodes().length);
    this.dataset.edges = String(cy.edges().length);
    this.dataset.renderMs = String(Math.round(performance.now() - started));
    // When the drawing reached the screen (ms since the page began loading): the frame
    // after the layout. The explorer benchmark reads it for first paint and expand times.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.dataset.paintedAt = String(Math.round(performance.now()));
        this.paintCount = (this.paintCount || 0) + 1;
        this.dataset.paints = String(this.paintCount);
      }),
    );
    this.fire('graph-drawn', '');
  }

  setLayout(name) {
    this.layoutName = LAYOUTS[name] ? name : 'fcose';
    if (this.cy) {
      this.runLayout(true, true);
    }
  }

  runLayout(fresh, fit) {
    const cy = this.cy;
    if (cy.nodes().length === 0) {
      return;
    }
    const options = LAYOUTS[this.layoutName](fresh, cy);
    // fCoSE's force phase grows quickly with size (2.5 s for 500 nodes, a minute for 2,500
    // in headless Chromium); above LARGE its spectral draft alone is used (1.2 s for 5,000),
    // spread out afterwards because the draft packs nodes far tighter than the force phase.
    const large = this.layoutName === 'fcose' && cy.nodes().length > LARGE;
    if (large) {
      options.quality = 'draft';
      options.randomize = true;
    }
    // A container the browser has not sized yet would zoom to nothing; the resize
    // observer fits once it has a size.
    const sized = cy.width() > 0 && cy.height() > 0;
    options.fit = false;
    if (fit !== false) {
      this.autoFit = true;
    }
    const layout = cy.layout(options);
    if (large) {
      layout.one('layoutstop', () => spread(cy));
    }
    if (fit !== false && sized) {
      layout.one('layoutstop', () => this.fitAll());
    }
    layout.run();
  }

  /** Everything in view, but never magnified so much that a small graph's labels swamp it. */
  fitAll() {
    const cy = this.cy;
    cy.fit(cy.elements(), 30);
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center(cy.elements());
    }
  }

  /** Emphasises the given nodes and edges (a path), fading the rest; an empty list clears it. */
  highlight(json) {
    const ids = new Set(JSON.parse(json));
    const cy = this.cy;
    if (!cy) {
      return;
    }
    cy.batch(() => {
      cy.elements().removeClass('path faded');
      if (ids.size > 0) {
        cy.elements().forEach((element) => element.addClass(ids.has(element.id()) ? 'path' : 'faded'));
      }
    });
    if (ids.size > 0) {
      cy.animate({ fit: { eles: cy.elements('.path'), padding: 60 }, duration: 300 });
    }
  }

  select(id) {
    if (!this.cy) {
      return;
    }
    this.cy.$(':selected').unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) {
      node.select();
    }
  }

  fit() {
    this.cy?.animate({ fit: { eles: this.cy.elements(), padding: 30 }, duration: 250 });
  }

  zoomBy(factor) {
    if (!this.cy) {
      return;
    }
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Saves the drawing as a PNG file in the browser. */
  downloadPng(fileName) {
    if (!this.cy) {
      return;
    }
    const blob = this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }
}

customElements.define('pa-graph-canvas', PaGraphCanvas);
