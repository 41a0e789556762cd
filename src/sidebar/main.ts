/** Sidebar entry point: renders the wizard shell. */
function render(root: HTMLElement): void {
  const title = document.createElement('h1');
  title.textContent = 'SMART Goals';
  root.replaceChildren(title);
}

const root = document.getElementById('app');
if (root) render(root);
