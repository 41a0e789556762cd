/**
 * The preview page: a spreadsheet-like grid of the workbook's tabs, the
 * add-on menu as the emulator recorded it from onOpen, and the real
 * dist/sidebar.html in a 300-px side panel. Plain DOM code shipped as a
 * string (no bundler needed); every text goes in with textContent.
 */
import { TRANSFER_SOURCE } from '../script-run';
import { t } from '../../core/messages/cli';
import type { Lang } from '../../core/types';

/**
 * Injected into the sidebar HTML before its own script: google.script.run over fetch POST /rpc/<fn>.
 * The arguments go through google.script.run's rules (src/local/script-run.ts) before they become
 * JSON, which would otherwise quietly turn a Date into a string and NaN into null: an illegal
 * parameter fails the call, as it does in Sheets.
 */
export const SCRIPT_RUN_SHIM = `<script>
(function () {
  ${TRANSFER_SOURCE}
  function notifyParent() {
    try { window.parent.postMessage({ type: 'smart-goals-changed' }, window.location.origin); } catch (e) { /* not framed */ }
  }
  // "The google.script.run API allows 10 concurrent calls to server functions. If you make an 11th call while 10 are
  // still running, the server function will be delayed until one of the 10 spots is freed." (HTML Service: Communicate
  // with Server Functions, developers.google.com/apps-script/guides/html/communication)
  var MAX_CONCURRENT_CALLS = 10;
  var running = 0;
  var delayed = [];
  function whenFree(start) {
    if (running < MAX_CONCURRENT_CALLS) { running++; start(); } else delayed.push(start);
  }
  function freed() {
    running--;
    var next = delayed.shift();
    if (next) { running++; next(); }
  }
  // Handlers run on a task of their own: our modelling choice, not Google's documented behaviour (the pages say nothing
  // of when a handler runs), made so that an exception thrown by a success handler is the page's own uncaught error,
  // never handed to the failure handler (the promise chain below would have caught it). "By default, if you don't
  // specify a failure handler, failures are logged to the JavaScript console. To override this, call
  // withFailureHandler(null) or supply a failure handler that does nothing." (communication guide): only a runner on
  // which withFailureHandler was never called logs; withFailureHandler(null) silences the failure.
  function deliver(handler, value, userObject, failed, failureHandlerSet) {
    setTimeout(function () {
      if (handler) handler(value, userObject);
      else if (failed && !failureHandlerSet) console.error(value && value.message ? value.message : value);
    }, 0);
  }
  // "Server function calls may not execute in the order you expect. If you make two function calls at the same time,
  // there is no way to know which function runs first" (communication guide). With window.__scriptRunNewestFirst set
  // (tests), the answers of calls that overlap are delivered newest first: an answer waits while a call made after it
  // is still running, so a page that assumes its answers arrive in order shows it.
  var inFlight = [];
  function settle(call, deliverNow) {
    call.deliver = deliverNow;
    if (!window.__scriptRunNewestFirst) {
      inFlight.splice(inFlight.indexOf(call), 1);
      // The flag may have been turned off while answers were parked behind a newer call: deliver them now (oldest
      // first), else they would wait for a newest-first pass that never comes.
      var parked = inFlight.filter(function (waiting) { return waiting.deliver; });
      inFlight = inFlight.filter(function (waiting) { return !waiting.deliver; });
      for (var p = 0; p < parked.length; p++) parked[p].deliver();
      deliverNow();
      return;
    }
    for (var i = inFlight.length - 1; i >= 0; i--) {
      if (!inFlight[i].deliver) return;
      var done = inFlight.splice(i, 1)[0];
      done.deliver();
    }
  }
  // "Because user objects aren't sent to the server, they can be most things, including functions and DOM elements,
  // without the restrictions on parameters and return values for server calls. User objects can't be objects
  // constructed with the new operator." (communication guide). Refused: only what is evidently an instance of the
  // page's own class or constructor function (its constructor is no native one such as Object, Array, Map or a DOM
  // element's); functions, DOM elements, arrays, plain objects and Object.create(...) pass.
  function constructedWithNew(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    if (typeof Node === 'function' && value instanceof Node) return false;
    var proto = Object.getPrototypeOf(value);
    var maker = proto === null ? null : proto.constructor;
    if (typeof maker !== 'function' || maker === Object || maker === Array) return false;
    return Function.prototype.toString.call(maker).indexOf('[native code]') < 0;
  }
  function runner(success, failure, userObject, failureHandlerSet) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject, failureHandlerSet); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject, true); };
        // The user object stays in the page (it is never sent); one constructed with new is refused at once here. How
        // Sheets fails on one is not documented: this TypeError is the preview's own.
        if (name === 'withUserObject') return function (obj) {
          if (constructedWithNew(obj)) throw new TypeError('google.script.run withUserObject: an object constructed with new is not a legal user object');
          return runner(success, failure, obj, failureHandlerSet);
        };
        if (typeof name !== 'string') return undefined;
        return function () {
          var sent = scriptRunTransfer(Array.prototype.slice.call(arguments), 'parameter');
          if (sent.violations.length > 0) {
            var refused = new Error('google.script.run ' + name + ': ' + sent.violations.join('; '));
            refused.name = 'ScriptError';
            deliver(failure, refused, userObject, true, failureHandlerSet);
            return;
          }
          var call = { deliver: null };
          inFlight.push(call);
          whenFree(function () {
            fetch('/rpc/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent.value) })
              .then(function (response) { freed(); return response.json(); }, function (error) { freed(); throw error; })
              .then(function (answer) {
                settle(call, function () {
                  notifyParent();
                  if (answer.ok) deliver(success, answer.result, userObject, false, failureHandlerSet);
                  else { var error = new Error(answer.error); error.name = 'ScriptError'; deliver(failure, error, userObject, true, failureHandlerSet); }
                });
              }, function (error) {
                settle(call, function () { deliver(failure, error, userObject, true, failureHandlerSet); });
              });
          });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined, false), host: { close: function () { window.parent.postMessage({ type: 'smart-goals-close' }, window.location.origin); } } } };
})();
</script>`;

/** Puts the shim before the sidebar's first script so google.script.run exists when it boots. */
export function injectShim(sidebarHtml: string): string {
  const index = sidebarHtml.search(/<script[\s>]/i);
  if (index < 0) return sidebarHtml.replace(/<\/body>/i, `${SCRIPT_RUN_SHIM}</body>`);
  return sidebarHtml.slice(0, index) + SCRIPT_RUN_SHIM + sidebarHtml.slice(index);
}

const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px Roboto, 'Helvetica Neue', Arial, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; align-items: center; gap: 16px; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
header h1 { font-size: 16px; font-weight: 400; margin: 0; }
.menubar { position: relative; display: flex; gap: 4px; }
.menubar > button, .download { font: inherit; background: none; border: 0; border-radius: 4px; padding: 4px 8px; cursor: pointer; color: #202124; text-decoration: none; }
.menubar > button:hover, .menubar > button[aria-expanded="true"], .download:hover { background: #e8eaed; }
.menu { position: absolute; top: 28px; left: 0; z-index: 10; min-width: 260px; background: #fff; border: 1px solid #dadce0; border-radius: 4px; box-shadow: 0 2px 6px rgba(60,64,67,.3); padding: 6px 0; margin: 0; list-style: none; }
.menu .title { padding: 4px 16px; color: #5f6368; font-size: 12px; }
.menu button { display: block; width: 100%; text-align: left; font: inherit; background: none; border: 0; padding: 6px 16px; cursor: pointer; }
.menu button:hover, .menu button:focus { background: #f1f3f4; }
.menu hr { border: 0; border-top: 1px solid #dadce0; margin: 4px 0; }
main { flex: 1; display: flex; min-height: 0; }
.workbook { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.grid-wrap { flex: 1; overflow: auto; position: relative; }
/* Charts float over the cells, under the sticky headers (z-index 1–3), as Sheets draws them. */
.chart-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 0; }
svg.chart { position: absolute; box-shadow: 0 1px 3px rgba(60,64,67,.3); font-family: Roboto, Arial, sans-serif; }
table.grid { border-collapse: collapse; font-size: 12px; table-layout: fixed; }
.grid th, .grid td { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; height: 21px; }
.grid th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; top: 0; z-index: 2; }
/* Row numbers stay above the cells scrolling under them (a long text or a coloured row no longer shows through). */
.grid th.rowhead { position: sticky; left: 0; text-align: right; min-width: 36px; z-index: 1; }
.grid thead th.rowhead { z-index: 3; }
.grid td { position: relative; z-index: 0; }
.grid td.formula { color: #0b57d0; }
.grid td.error { background-image: linear-gradient(225deg, #d93025 5px, transparent 5px); }
.grid tr.selected td { background: #e8f0fe !important; }
.grid tr.selected th.rowhead { background: #d3e3fd; color: #0b57d0; }
.grid td.active { outline: 2px solid #1a73e8; outline-offset: -2px; }
.tabs { display: flex; gap: 2px; padding: 4px 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
.tabs button { font: inherit; border: 0; background: none; padding: 4px 12px; border-radius: 4px 4px 0 0; cursor: pointer; white-space: nowrap; }
.tabs button[aria-selected="true"] { background: #fff; color: #1a73e8; font-weight: 500; box-shadow: 0 -2px 0 #1a73e8 inset; }
/* 300 px of sidebar plus its 1-px border: the sidebar page is exactly 300 px wide, as in Sheets (no 1-px horizontal scroll). */
aside { width: 301px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
aside .sidebar-title { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #dadce0; font-size: 15px; }
aside .sidebar-title button { font: inherit; border: 0; background: none; cursor: pointer; font-size: 16px; }
aside iframe { flex: 1; border: 0; width: 300px; }
aside.closed { display: none; }
.toasts { position: fixed; left: 16px; bottom: 48px; display: flex; flex-direction: column; gap: 6px; z-index: 20; }
.toast { background: #323232; color: #fff; padding: 10px 14px; border-radius: 4px; max-width: 420px; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.toast strong { display: block; }
:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;

const PAGE_JS = `
(function () {
  var state = null, currentSheet = null, toastsSeen = 0, alertsSeen = 0, sidebarVersion = -1, refreshTimer = null;
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, props, text) {
    var node = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (k) { if (k === 'className') node.className = props[k]; else node.setAttribute(k, props[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function columnName(index) { var name = ''; index += 1; while (index > 0) { var m = (index - 1) % 26; name = String.fromCharCode(65 + m) + name; index = Math.floor((index - 1) / 26); } return name; }
  function toast(title, message) {
    var box = el('div', { className: 'toast', role: 'status' });
    if (title) box.appendChild(el('strong', null, title));
    box.appendChild(el('span', null, message));
    // Like Sheets: a new toast replaces the one showing (they no longer pile up over the grid).
    $('toasts').replaceChildren(box);
    setTimeout(function () { box.remove(); }, 6000);
  }
  function renderMenu() {
    var list = $('addon-menu');
    list.replaceChildren();
    if (!state.menu) return;
    list.appendChild(el('li', { className: 'title' }, state.menu.title));
    state.menu.items.forEach(function (item) {
      if (item === 'separator') { list.appendChild(el('li')).appendChild(el('hr')); return; }
      var li = el('li');
      var button = el('button', { type: 'button', role: 'menuitem', 'data-function': item.functionName }, item.caption);
      button.addEventListener('click', function () { closeMenu(); runMenu(item.functionName); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }
  function closeMenu() { $('addon-menu').hidden = true; $('extensions').setAttribute('aria-expanded', 'false'); }
  function renderTabs() {
    var tabs = $('tabs');
    tabs.replaceChildren();
    state.sheets.forEach(function (sheet) {
      var button = el('button', { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === currentSheet), 'data-sheet': sheet.name }, sheet.name);
      button.addEventListener('click', function () {
        var changed = currentSheet !== sheet.name;
        currentSheet = sheet.name; render();
        // Another tab opens at its top-left corner, as in Sheets.
        if (changed) { $('grid').scrollLeft = 0; $('grid').scrollTop = 0; }
      });
      tabs.appendChild(button);
    });
  }
  function renderGrid() {
    var sheet = state.sheets.filter(function (s) { return s.name === currentSheet; })[0];
    var table = el('table', { className: 'grid', 'data-sheet': currentSheet || '' });
    if (!sheet) { $('grid').replaceChildren(table); return; }
    var width = sheet.rows.reduce(function (w, row) { return Math.max(w, row.length); }, 0);
    // The sheet's column widths, as Sheets lays the grid out (text past a cell's width is cut).
    var colgroup = el('colgroup'), total = 40;
    colgroup.appendChild(el('col', { style: 'width: 40px' }));
    for (var w = 0; w < width; w++) { var px = (sheet.columnWidths && sheet.columnWidths[w]) || 100; total += px; colgroup.appendChild(el('col', { style: 'width: ' + px + 'px' })); }
    table.appendChild(colgroup);
    table.style.width = total + 'px';
    var head = el('tr');
    head.appendChild(el('th', { className: 'rowhead' }, ''));
    for (var c = 0; c < width; c++) head.appendChild(el('th', { scope: 'col' }, columnName(c)));
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    var tbody = el('tbody');
    var active = state.active && state.active.sheet === sheet.name ? state.active : null;
    sheet.rows.forEach(function (row, r) {
      var tr = el('tr', { 'data-row': String(r + 1) });
      var selected = active && r + 1 >= active.row && r + 1 < active.row + active.numRows && active.numColumns > 1;
      if (selected) tr.className = 'selected';
      tr.appendChild(el('th', { className: 'rowhead', scope: 'row' }, String(r + 1)));
      for (var c = 0; c < width; c++) {
        var cell = row[c] || { text: '' };
        var td = el('td', { 'data-cell': columnName(c) + (r + 1) }, cell.text);
        if (cell.formula) { td.className = 'formula'; td.title = cell.formula; }
        if (cell.error !== undefined) { td.className = 'formula error'; td.title = document.body.getAttribute('data-error-label') + '\\n' + cell.error; }
        if (cell.background) td.style.background = cell.background;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.size) td.style.fontSize = Math.round(cell.size * 1.2) + 'px';
        if (active && r + 1 === active.row && c + 1 === active.column) td.classList.add('active');
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    $('grid').replaceChildren(table);
    renderCharts(sheet, table);
    var selectedRow = table.querySelector('tr.selected');
    if (selectedRow) selectedRow.scrollIntoView({ block: 'nearest' });
  }
  // Embedded charts, drawn as Sheets shows them: SVG over the grid at their anchor cell.
  var SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function anchorPoint(table, chart) {
    var a = chart.anchor;
    var td = table.querySelector('td[data-cell="' + columnName(a.column - 1) + a.row + '"]');
    if (td) return { left: table.offsetLeft + td.offsetLeft + a.offsetX, top: table.offsetTop + td.offsetTop + a.offsetY };
    // Beyond the rows or columns the grid shows: continue with default sizes (100 × 21 px).
    var rows = table.querySelectorAll('tbody tr'), heads = table.querySelectorAll('thead th');
    var lastRow = rows[rows.length - 1], lastHead = heads[heads.length - 1];
    var top = lastRow ? lastRow.offsetTop + lastRow.offsetHeight + (a.row - 1 - rows.length) * 21 : a.row * 21;
    var head = heads[a.column];
    var left = head ? head.offsetLeft : (lastHead ? lastHead.offsetLeft + lastHead.offsetWidth : 40) + Math.max(0, a.column - heads.length + 1) * 100;
    if (a.row <= rows.length && rows[a.row - 1]) top = rows[a.row - 1].offsetTop;
    return { left: table.offsetLeft + left + a.offsetX, top: table.offsetTop + top + a.offsetY };
  }
  function drawChart(chart) {
    var W = chart.width, H = chart.height, horizontal = chart.chartType === 'BAR';
    var bars = chart.chartType === 'COLUMN' || horizontal;
    var root = svg('svg', { 'class': 'chart', width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': chart.title || document.body.getAttribute('data-chart-label'), 'data-chart-type': chart.chartType });
    root.appendChild(svg('rect', { x: 0.5, y: 0.5, width: W - 1, height: H - 1, fill: '#fff', stroke: '#dadce0' }));
    var top = chart.title ? 40 : 16, left = horizontal ? 90 : 60, right = chart.legend === 'right' ? 140 : 20, bottom = 36;
    // Legend entries (a line sample and the name), wrapped onto as many lines as the width needs.
    var itemWidth = function (series) { return 30 + Math.min(160, series.name.length * 6.2); };
    var legendLines = 1, lineX = 14;
    chart.series.forEach(function (series) { if (!series.inLegend) return; if (lineX + itemWidth(series) > W - 10 && lineX > 14) { legendLines += 1; lineX = 14; } lineX += itemWidth(series); });
    if (chart.legend === 'bottom') bottom += 12 + legendLines * 15;
    if (chart.legend === 'top') top += 24;
    if (chart.legend === 'left') left += 120;
    if (chart.title) root.appendChild(svg('text', { 'class': 'chart-title', x: 14, y: 24, 'font-size': 15, fill: '#202124' }, chart.title));
    var pw = Math.max(10, W - left - right), ph = Math.max(10, H - top - bottom);
    var ticks = chart.ticks, min = ticks[0].value, max = ticks[ticks.length - 1].value, span = max - min || 1;
    var n = chart.categories.length;
    // Value → pixel along the value axis; category index → pixel along the other.
    var valuePos = horizontal ? function (v) { return left + (v - min) / span * pw; } : function (v) { return top + ph - (v - min) / span * ph; };
    var band = (horizontal ? ph : pw) / Math.max(1, n);
    var catPos = bars ? function (i) { return (horizontal ? top : left) + (i + 0.5) * band; } : function (i) { return left + (n <= 1 ? pw / 2 : i * pw / (n - 1)); };
    var grid = svg('g', { 'class': 'chart-axes', 'font-size': 11, fill: '#5f6368' });
    ticks.forEach(function (tick) {
      var p = valuePos(tick.value);
      grid.appendChild(horizontal ? svg('line', { x1: p, x2: p, y1: top, y2: top + ph, stroke: '#e0e0e0' }) : svg('line', { x1: left, x2: left + pw, y1: p, y2: p, stroke: '#e0e0e0' }));
      grid.appendChild(horizontal ? svg('text', { x: p, y: top + ph + 16, 'text-anchor': 'middle' }, tick.label) : svg('text', { x: left - 6, y: p + 4, 'text-anchor': 'end' }, tick.label));
    });
    var every = Math.max(1, Math.ceil(n / (horizontal ? Math.max(1, ph / 18) : Math.max(1, pw / 80))));
    chart.categories.forEach(function (label, i) {
      if (i % every !== 0) return;
      var p = catPos(i);
      grid.appendChild(horizontal ? svg('text', { x: left - 6, y: p + 4, 'text-anchor': 'end' }, label) : svg('text', { x: p, y: top + ph + 16, 'text-anchor': 'middle' }, label));
    });
    root.appendChild(grid);
    var plot = svg('g', { 'class': 'chart-plot' });
    var zero = valuePos(Math.max(min, Math.min(max, 0)));
    var stackEnds = chart.categories.map(function () { return 0; });
    chart.series.forEach(function (series, s) {
      var group = svg('g', { 'class': 'chart-series', 'data-series': series.name, 'data-color': series.color });
      if (bars && chart.stacked) {
        // Stacked: each value starts where the previous series ended on that category.
        series.values.forEach(function (v, i) {
          if (v === null) return;
          var from = valuePos(stackEnds[i]), to = valuePos(stackEnds[i] + v), at = catPos(i) - band * 0.35;
          stackEnds[i] += v;
          group.appendChild(horizontal
            ? svg('rect', { x: Math.min(from, to), y: at, width: Math.abs(to - from), height: band * 0.7, fill: series.color })
            : svg('rect', { x: at, y: Math.min(from, to), width: band * 0.7, height: Math.abs(to - from), fill: series.color }));
        });
      } else if (bars) {
        var size = band * 0.7 / Math.max(1, chart.series.length);
        series.values.forEach(function (v, i) {
          if (v === null) return;
          var at = catPos(i) - band * 0.35 + s * size, p = valuePos(v);
          group.appendChild(horizontal
            ? svg('rect', { x: Math.min(zero, p), y: at, width: Math.abs(p - zero), height: size, fill: series.color })
            : svg('rect', { x: at, y: Math.min(zero, p), width: size, height: Math.abs(p - zero), fill: series.color }));
        });
      } else {
        // One path per run of values; a blank cell breaks the line unless interpolateNulls.
        var runs = [], run = [];
        series.values.forEach(function (v, i) {
          if (v === null) { if (!chart.interpolateNulls && run.length) { runs.push(run); run = []; } return; }
          run.push([catPos(i), valuePos(v)]);
        });
        if (run.length) runs.push(run);
        runs.forEach(function (points) {
          var d = points.map(function (p, k) { return (k ? 'L' : 'M') + p[0].toFixed(1) + ' ' + p[1].toFixed(1); }).join(' ');
          if (chart.chartType === 'AREA' && points.length > 1) {
            group.appendChild(svg('path', { d: d + ' L' + points[points.length - 1][0].toFixed(1) + ' ' + zero.toFixed(1) + ' L' + points[0][0].toFixed(1) + ' ' + zero.toFixed(1) + ' Z', fill: series.color, 'fill-opacity': 0.3, stroke: 'none' }));
          }
          var line = { d: d, fill: 'none', stroke: series.color, 'stroke-width': series.lineWidth, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
          if (series.dashed) line['stroke-dasharray'] = '4 4';
          group.appendChild(svg('path', line));
        });
      }
      plot.appendChild(group);
    });
    root.appendChild(plot);
    if (chart.legend !== 'none' && chart.series.length) {
      var legend = svg('g', { 'class': 'chart-legend', 'font-size': 11, fill: '#202124' });
      var vertical = chart.legend === 'right' || chart.legend === 'left';
      var x = vertical ? (chart.legend === 'right' ? W - right + 12 : 12) : 14, y = chart.legend === 'top' ? (chart.title ? 52 : 20) : vertical ? top + 8 : H - 10 - (legendLines - 1) * 15;
      chart.series.forEach(function (series) {
        if (!series.inLegend) return;
        var sample = { x1: x, x2: x + 18, y1: y - 4, y2: y - 4, stroke: series.color, 'stroke-width': Math.max(2, series.lineWidth) };
        if (series.dashed) sample['stroke-dasharray'] = '4 3';
        legend.appendChild(svg('line', sample));
        var label = svg('text', { x: x + 22, y: y }, series.name);
        legend.appendChild(label);
        if (vertical) y += 16;
        else {
          x += itemWidth(series);
          var following = chart.series[chart.series.indexOf(series) + 1];
          if (following && x + itemWidth(following) > W - 10) { x = 14; y += 15; }
        }
      });
      root.appendChild(legend);
    }
    return root;
  }
  function renderCharts(sheet, table) {
    if (!sheet.charts || !sheet.charts.length) return;
    var layer = el('div', { className: 'chart-layer', 'data-charts': String(sheet.charts.length) });
    sheet.charts.forEach(function (chart) {
      var node = drawChart(chart);
      var at = anchorPoint(table, chart);
      node.style.left = at.left + 'px';
      node.style.top = at.top + 'px';
      layer.appendChild(node);
    });
    $('grid').appendChild(layer);
  }
  function render() {
    document.title = state.title + ' — ' + document.body.getAttribute('data-page-title');
    $('title').textContent = state.title;
    if (!currentSheet || !state.sheets.some(function (s) { return s.name === currentSheet; })) currentSheet = state.active ? state.active.sheet : (state.sheets[0] && state.sheets[0].name);
    renderMenu(); renderTabs(); renderGrid();
  }
  function load() {
    return fetch('/api/state?toasts=' + toastsSeen + '&alerts=' + alertsSeen).then(function (r) { return r.json(); }).then(function (next) {
      var previousActive = state && state.active ? JSON.stringify(state.active) : null;
      state = next;
      if (next.active && JSON.stringify(next.active) !== previousActive) currentSheet = next.active.sheet;
      toastsSeen += next.toasts.length; alertsSeen += next.alerts.length;
      next.toasts.forEach(function (t) { toast(t.title, t.message); });
      next.alerts.forEach(function (a) { toast('', a); });
      if (next.sidebarVersion !== sidebarVersion) {
        sidebarVersion = next.sidebarVersion;
        if (sidebarVersion > 0) {
          $('sidebar').classList.remove('closed');
          $('sidebar-title').textContent = next.sidebarTitle || '';
          $('sidebar-frame').src = '/sidebar?v=' + sidebarVersion;
        }
      }
      render();
      document.body.setAttribute('data-ready', 'true');
    });
  }
  function runMenu(functionName) {
    document.body.setAttribute('data-busy', 'true');
    fetch('/api/menu/' + encodeURIComponent(functionName), { method: 'POST' }).then(function (r) { return r.json(); }).then(function (answer) {
      if (!answer.ok) toast(document.body.getAttribute('data-error-label'), answer.error);
      return load();
    }).finally(function () { document.body.removeAttribute('data-busy'); });
  }
  $('extensions').addEventListener('click', function () {
    var menu = $('addon-menu'); menu.hidden = !menu.hidden;
    $('extensions').setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) { var first = menu.querySelector('button'); if (first) first.focus(); }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeMenu(); });
  document.addEventListener('click', function (e) { if (!e.target.closest('.menubar')) closeMenu(); });
  $('close-sidebar').addEventListener('click', function () { $('sidebar').classList.add('closed'); });
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data) return;
    if (event.data.type === 'smart-goals-changed') { clearTimeout(refreshTimer); refreshTimer = setTimeout(load, 50); }
    if (event.data.type === 'smart-goals-close') $('sidebar').classList.add('closed');
  });
  window.smartGoalsPreview = { reload: load };
  load();
})();
`;

/**
 * The page, its bar in the language of the person previewing (audit61: « Download .xlsx » stayed English on a French sheet
 * beside the add-on's French menu and sidebar); the bar's words are in the CLI's FR/EN catalog, which stays out of the bundle.
 */
export function previewPage(lang: Lang = 'en'): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(lang, 'preview.page.title')}</title>
<link rel="icon" href="data:,">
<style>${PAGE_CSS}</style>
</head>
<body data-page-title="${t(lang, 'preview.page.title')}" data-chart-label="${t(lang, 'preview.chart')}" data-error-label="${t(lang, 'preview.cellError')}">
<header>
  <h1 id="title">…</h1>
  <nav class="menubar" aria-label="${t(lang, 'preview.bar.menu')}">
    <button type="button" id="extensions" aria-haspopup="menu" aria-expanded="false">Extensions ▾</button>
    <ul class="menu" id="addon-menu" role="menu" hidden></ul>
  </nav>
  <a class="download" href="/download" download>${t(lang, 'preview.bar.download')}</a>
</header>
<main>
  <section class="workbook" aria-label="${t(lang, 'preview.workbook')}">
    <div class="grid-wrap" id="grid"></div>
    <div class="tabs" id="tabs" role="tablist" aria-label="${t(lang, 'preview.sheets')}"></div>
  </section>
  <aside id="sidebar" class="closed" aria-label="${t(lang, 'preview.sidebar')}">
    <div class="sidebar-title"><span id="sidebar-title"></span><button type="button" id="close-sidebar" aria-label="${t(lang, 'preview.bar.closeSidebar')}">×</button></div>
    <iframe id="sidebar-frame" title="${t(lang, 'preview.sidebarFrame')}"></iframe>
  </aside>
</main>
<div class="toasts" id="toasts" aria-live="polite"></div>
<script>${PAGE_JS}</script>
</body>
</html>`;
}
