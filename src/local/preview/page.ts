/**
 * The preview page: a spreadsheet-like grid of the workbook's tabs, the
 * add-on menu as the emulator recorded it from onOpen, and the real
 * dist/sidebar.html in a 300-px side panel. Plain DOM code shipped as a
 * string (no bundler needed); every text goes in with textContent.
 */
import { TRANSFER_SOURCE } from '../script-run';

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
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var sent = scriptRunTransfer(Array.prototype.slice.call(arguments), 'parameter');
          if (sent.violations.length > 0) {
            var refused = new Error('google.script.run ' + name + ': ' + sent.violations.join('; '));
            refused.name = 'ScriptError';
            setTimeout(function () { if (failure) failure(refused, userObject); else console.error(refused.message); }, 0);
            return;
          }
          fetch('/rpc/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent.value) })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              notifyParent();
              if (answer.ok) { if (success) success(answer.result, userObject); }
              else if (failure) { var error = new Error(answer.error); error.name = 'ScriptError'; failure(error, userObject); }
            })
            .catch(function (error) { if (failure) failure(error, userObject); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () { window.parent.postMessage({ type: 'smart-goals-close' }, window.location.origin); } } } };
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
.grid-wrap { flex: 1; overflow: auto; }
table.grid { border-collapse: collapse; font-size: 12px; }
.grid th, .grid td { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; max-width: 320px; overflow: hidden; text-overflow: ellipsis; height: 21px; }
.grid th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; top: 0; }
.grid th.rowhead { position: sticky; left: 0; text-align: right; min-width: 36px; }
.grid td.formula { color: #0b57d0; }
.grid tr.selected td { background: #e8f0fe !important; }
.grid tr.selected th.rowhead { background: #d3e3fd; color: #0b57d0; }
.grid td.active { outline: 2px solid #1a73e8; outline-offset: -2px; }
.tabs { display: flex; gap: 2px; padding: 4px 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
.tabs button { font: inherit; border: 0; background: none; padding: 4px 12px; border-radius: 4px 4px 0 0; cursor: pointer; white-space: nowrap; }
.tabs button[aria-selected="true"] { background: #fff; color: #1a73e8; font-weight: 500; box-shadow: 0 -2px 0 #1a73e8 inset; }
aside { width: 300px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
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
      button.addEventListener('click', function () { currentSheet = sheet.name; render(); });
      tabs.appendChild(button);
    });
  }
  function renderGrid() {
    var sheet = state.sheets.filter(function (s) { return s.name === currentSheet; })[0];
    var table = el('table', { className: 'grid', 'data-sheet': currentSheet || '' });
    if (!sheet) { $('grid').replaceChildren(table); return; }
    var width = sheet.rows.reduce(function (w, row) { return Math.max(w, row.length); }, 0);
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
        if (cell.background) td.style.background = cell.background;
        if (active && r + 1 === active.row && c + 1 === active.column) td.classList.add('active');
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    $('grid').replaceChildren(table);
    var selectedRow = table.querySelector('tr.selected');
    if (selectedRow) selectedRow.scrollIntoView({ block: 'nearest' });
  }
  function render() {
    document.title = state.title + ' — SMART Goals preview';
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
      if (!answer.ok) toast('Error', answer.error);
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

export function previewPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMART Goals preview</title>
<link rel="icon" href="data:,">
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
  <h1 id="title">…</h1>
  <nav class="menubar" aria-label="Spreadsheet menu">
    <button type="button" id="extensions" aria-haspopup="menu" aria-expanded="false">Extensions ▾</button>
    <ul class="menu" id="addon-menu" role="menu" hidden></ul>
  </nav>
  <a class="download" href="/download" download>Download .xlsx</a>
</header>
<main>
  <section class="workbook" aria-label="Workbook">
    <div class="grid-wrap" id="grid"></div>
    <div class="tabs" id="tabs" role="tablist" aria-label="Sheets"></div>
  </section>
  <aside id="sidebar" class="closed" aria-label="Add-on sidebar">
    <div class="sidebar-title"><span id="sidebar-title"></span><button type="button" id="close-sidebar" aria-label="Close sidebar">×</button></div>
    <iframe id="sidebar-frame" title="SMART Goals sidebar"></iframe>
  </aside>
</main>
<div class="toasts" id="toasts" aria-live="polite"></div>
<script>${PAGE_JS}</script>
</body>
</html>`;
}
