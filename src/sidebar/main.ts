/**
 * Sidebar entry point. The menu handler that opened the sidebar wrote the
 * pane and the language into the root element's data attributes.
 */
import { parseBootCheck } from '../core/api';
import { langFromLocale } from '../core/messages/ui';
import { App, isPane } from './app';

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const pane = root.dataset.pane;
  const lang = langFromLocale(root.dataset.lang ?? navigator.language);
  document.documentElement.lang = lang;
  new App(root, isPane(pane) ? pane : 'wizard', lang, parseBootCheck(root.dataset.check)).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
