// Force-directed layout (Fruchterman–Reingold) for the relation graph:
// deterministic (nodes start on rings by their distance from the root),
// computed in one go before drawing, with fewer iterations on big graphs.

// layout returns a Map from node ID to {x, y} inside a w×h frame. nodes
// are {id, hops}; edges are {head, tail} node IDs.
export function layout(nodes, edges, w, h) {
  const n = nodes.length;
  const pos = new Map();
  if (n === 0) return pos;
  const cx = w / 2, cy = h / 2;
  const pad = 40;

  // Start: the root in the centre, the others on rings by hops.
  const rings = new Map();
  for (const v of nodes) {
    if (!rings.has(v.hops)) rings.set(v.hops, []);
    rings.get(v.hops).push(v);
  }
  const ringStep = Math.min(w, h) / 2 / (rings.size + 0.5);
  for (const [hops, vs] of rings) {
    vs.forEach((v, i) => {
      const a = (2 * Math.PI * i) / vs.length + hops * 0.7;
      const r = hops === 0 ? 0 : ringStep * hops;
      pos.set(v.id, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
    });
  }

  const ids = nodes.map((v) => v.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(n), ys = new Float64Array(n);
  ids.forEach((id, i) => { xs[i] = pos.get(id).x; ys[i] = pos.get(id).y; });
  const links = edges
    .map((e) => [index.get(e.head), index.get(e.tail)])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);

  const k = 0.9 * Math.sqrt(((w - 2 * pad) * (h - 2 * pad)) / n);
  const iterations = Math.max(30, Math.min(300, Math.floor(4e6 / (n * n + 1))));
  let temp = Math.min(w, h) / 8;
  const cool = temp / (iterations + 1);
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = xs[i] - xs[j], ey = ys[i] - ys[j];
        let d2 = ex * ex + ey * ey;
        if (d2 < 0.01) { ex = 0.1 * (i - j); ey = 0.1; d2 = ex * ex + ey * ey; }
        const f = (k * k) / d2; // repulsion k²/d, as a multiple of the unit vector ×d
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const [a, b] of links) {
      const ex = xs[a] - xs[b], ey = ys[a] - ys[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = d / k; // attraction d²/k
      dx[a] -= ex * f; dy[a] -= ey * f;
      dx[b] += ex * f; dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps unconnected parts in view.
      dx[i] += (cx - xs[i]) * 0.02;
      dy[i] += (cy - ys[i]) * 0.02;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temp);
      xs[i] = Math.min(w - pad, Math.max(pad, xs[i] + (dx[i] / d) * step));
      ys[i] = Math.min(h - pad, Math.max(pad, ys[i] + (dy[i] / d) * step));
    }
    temp = Math.max(1, temp - cool);
  }
  ids.forEach((id, i) => pos.set(id, { x: xs[i], y: ys[i] }));
  return pos;
}
