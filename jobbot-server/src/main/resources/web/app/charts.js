// Charts as inline SVG: no library, no remote assets. Each chart carries a text alternative and
// its data points as elements (circles) a test or an assistive technology can find.
import { h, svg } from './dom.js';

/** A radar chart of scores 0-100, one axis per competency. */
export function radarChart(scores, title) {
  const entries = Object.entries(scores);
  const width = 460;
  const height = 340;
  const cx = width / 2;
  const cy = height / 2;
  const r = 110;
  const point = (i, value) => {
    const angle = (Math.PI * 2 * i) / entries.length - Math.PI / 2;
    return [cx + Math.cos(angle) * r * (value / 100), cy + Math.sin(angle) * r * (value / 100)];
  };
  const rings = [25, 50, 75, 100].map((v) => svg('polygon', {
    class: 'chart-grid', points: entries.map((_, i) => point(i, v).join(',')).join(' ') }));
  const axes = entries.map(([name], i) => {
    const [x, y] = point(i, 100);
    const [lx, ly] = point(i, 122);
    return [svg('line', { class: 'chart-axis', x1: cx, y1: cy, x2: x, y2: y }),
      svg('text', { class: 'chart-label', x: lx, y: ly, 'text-anchor': lx < cx - 5 ? 'end' : lx > cx + 5 ? 'start' : 'middle',
        'dominant-baseline': 'middle' }, name.replaceAll('-', ' '))];
  });
  const shape = svg('polygon', { class: 'chart-shape', points: entries.map(([, v], i) => point(i, v).join(',')).join(' ') });
  const dots = entries.map(([name, v], i) => {
    const [x, y] = point(i, v);
    return svg('circle', { class: 'chart-point', cx: x, cy: y, r: 4, 'data-label': name, 'data-value': v },
      svg('title', {}, `${name}: ${v}`));
  });
  const description = entries.map(([n, v]) => `${n} ${v}`).join(', ');
  return h('figure', { class: 'chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}: ${description}`, class: 'radar' },
      rings, axes, shape, dots),
    h('figcaption', {}, title));
}

/** A line chart of scores 0-100 over time. */
export function lineChart(points, title) {
  const width = 480;
  const height = 220;
  const pad = 36;
  const n = points.length;
  const x = (i) => pad + (n === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1));
  const y = (v) => height - pad - (v / 100) * (height - 2 * pad);
  const grid = [0, 50, 100].map((v) => [
    svg('line', { class: 'chart-grid', x1: pad, x2: width - pad, y1: y(v), y2: y(v) }),
    svg('text', { class: 'chart-label', x: pad - 6, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, v)]);
  const path = svg('polyline', { class: 'chart-line', points: points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ') });
  const dots = points.map((p, i) => svg('circle', { class: 'chart-point', cx: x(i), cy: y(p.score), r: 4,
    'data-value': p.score }, svg('title', {}, `${new Date(p.at).toLocaleDateString()}: ${p.score}`)));
  const description = points.map((p) => `${new Date(p.at).toLocaleDateString()} ${p.score}`).join(', ');
  return h('figure', { class: 'chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}: ${description}`, class: 'line' },
      grid, path, dots),
    h('figcaption', {}, title));
}
