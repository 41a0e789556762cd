/** Inline SVG charts (no library): a sparkline and the history + forecast + target chart. */
import type { KpiPoint } from '../core/types';
import { svg } from './dom';
import { chartGeometry, sparklinePath, type ChartData } from './chart-math';

export function sparkline(history: readonly KpiPoint[], label: string): SVGSVGElement {
  const box = { width: 120, height: 28, padding: 2 };
  const root = svg('svg', { class: 'sparkline', width: box.width, height: box.height, viewBox: `0 0 ${box.width} ${box.height}`, role: 'img' });
  root.setAttribute('aria-label', label);
  root.appendChild(svg('path', { d: sparklinePath(history.map((p) => p.value), box), class: 'spark-line' }));
  return root;
}

/** Small text in the chart (value labels); set with textContent like every other text. */
function chartText(x: number, y: number, text: string, anchor: 'start' | 'end', className: string): SVGTextElement {
  const node = svg('text', { x, y, 'text-anchor': anchor, class: className });
  node.textContent = text;
  return node;
}

/** Room under the plot for the date axis (first observation, deadline). */
const DATE_AXIS_HEIGHT = 14;

export function forecastChart(data: ChartData, label: string, formatValue?: (value: number) => string, formatDate?: (iso: string) => string): SVGSVGElement {
  const box = { width: 276, height: 130, padding: 12 };
  const geometry = chartGeometry(data, box);
  const height = box.height + (formatDate ? DATE_AXIS_HEIGHT : 0);
  const root = svg('svg', { class: 'chart', width: box.width, height, viewBox: `0 0 ${box.width} ${height}`, role: 'img' });
  root.setAttribute('aria-label', label);
  const title = svg('title');
  title.textContent = label;
  root.appendChild(title);
  if (geometry.bandPath) root.appendChild(svg('path', { d: geometry.bandPath, class: 'chart-band' }));
  if (geometry.splitX !== null) root.appendChild(svg('line', { x1: geometry.splitX, x2: geometry.splitX, y1: box.padding, y2: box.height - box.padding, class: 'chart-split' }));
  if (geometry.historyPath) root.appendChild(svg('path', { d: geometry.historyPath, class: 'chart-history' }));
  if (geometry.medianPath) root.appendChild(svg('path', { d: geometry.medianPath, class: 'chart-median' }));
  if (geometry.target) {
    root.appendChild(svg('line', { x1: geometry.target.x1, x2: geometry.target.x2, y1: geometry.target.y, y2: geometry.target.y, class: 'chart-target' }));
    root.appendChild(svg('circle', { cx: geometry.target.x2, cy: geometry.target.y, r: 3, class: 'chart-target-dot' }));
    if (formatValue && data.target !== null) root.appendChild(chartText(geometry.target.x2 - 5, geometry.target.y - 4, formatValue(data.target), 'end', 'chart-label chart-label-target'));
  }
  if (formatValue) {
    root.appendChild(chartText(2, 9, formatValue(geometry.yDomain[1]), 'start', 'chart-label'));
    // Above the date axis line, so the lowest value and the first date do not run into each other.
    root.appendChild(chartText(2, box.height - box.padding - 1, formatValue(geometry.yDomain[0]), 'start', 'chart-label'));
  }
  // A date axis: without it nobody can tell a two-week goal from a two-year one.
  const first = data.history[0]?.date ?? data.forecast[0]?.date;
  const last = data.deadline ?? data.forecast[data.forecast.length - 1]?.date ?? data.history[data.history.length - 1]?.date;
  if (formatDate && first && last) {
    const axisY = box.height + DATE_AXIS_HEIGHT - 3;
    root.appendChild(svg('line', { x1: box.padding, x2: box.width - box.padding, y1: box.height - box.padding + 3, y2: box.height - box.padding + 3, class: 'chart-axis' }));
    root.appendChild(chartText(box.padding, axisY, formatDate(first), 'start', 'chart-label'));
    if (last !== first) root.appendChild(chartText(box.width - box.padding, axisY, formatDate(last), 'end', 'chart-label'));
  }
  return root;
}
