import { api, currentOrg, h, locale } from '../app';

// The home screen's chart of savings and loans outstanding at each month end. The core sends
// the points already placed in the chart's box and the axis labels written for the reader; this
// only draws them (inline SVG, no arithmetic on money). Every coordinate, the viewBox included,
// is in tenths of a pixel, so the core's integers go into the SVG as they are; the few fixed
// offsets and sizes below (and the chart's strokes and font size in style.css) are in tenths too.
const NS = 'http://www.w3.org/2000/svg';
function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export async function chartSection(): Promise<HTMLElement | null> {
  const org = currentOrg();
  if (!org) return null;
  const c = await api.call('chart_view', { org: org.code, locale: locale() });
  const box = h('section', { id: 'chart', class: 'chart' }, h('h2', { i18n: 'ui-chart-title' }));
  if (c.points.length === 0) { box.append(h('p', { class: 'hint', i18n: 'ui-chart-empty' })); return box; }
  const [left, top, right, bottom] = c.plot;
  // Label gaps and the point radius, in tenths of a pixel (6 px, 4 px, 18 px, 3 px).
  const gap = 60, baseline = 40, below = 180, radius = 30;
  const svg = s('svg', { viewBox: `0 0 ${c.width} ${c.height}`, role: 'img', class: 'chart-svg' });
  for (const y of c.y_labels) {
    svg.append(s('line', { x1: left, x2: right, y1: y.at, y2: y.at, class: 'grid-line' }));
    svg.append(s('text', { x: left - gap, y: y.at + baseline, 'text-anchor': 'end', class: 'axis' }, y.text));
  }
  // The last month's label ends at the plot's right edge so it is never cut off.
  c.x_labels.forEach((x, i) => svg.append(s('text', { x: x.at, y: bottom + below, 'text-anchor': i === c.x_labels.length - 1 ? 'end' : 'middle', class: 'axis' }, x.text)));
  svg.append(s('line', { x1: left, x2: left, y1: top, y2: bottom, class: 'axis-line' }));
  for (const [key, cls] of [['y_savings', 'savings'], ['y_loans', 'loans']] as const) {
    svg.append(s('polyline', { points: c.points.map((p) => `${p.x},${p[key]}`).join(' '), class: `series ${cls}` }));
    for (const p of c.points) {
      const dot = s('circle', { cx: p.x, cy: p[key], r: radius, class: `point ${cls}`, 'data-date': p.date });
      dot.append(s('title', {}, `${p.label}: ${cls === 'savings' ? p.savings_display : p.loans_display}`));
      svg.append(dot);
    }
  }
  box.append(svg, h('p', { class: 'legend' }, h('span', { class: 'key-savings' }), h('span', { i18n: 'ui-chart-savings' }), ' ', h('span', { class: 'key-loans' }), h('span', { i18n: 'ui-chart-loans' })));
  return box;
}
