/** Small building blocks shared by the panes: labelled fields, buttons, status lines. */
import type { CriterionStatus, Lang, Verdict } from '../core/types';
import { t, type MessageKey, type MessageParams } from '../core/messages/ui';
import { h, uid, type Child } from './dom';
import { errorKind, errorMessage } from './rpc';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/** A label + control + optional hint, tied together with for/aria-describedby. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLDivElement {
  if (!hint) return labelled(label, control, null);
  return fieldWithHint(label, control, hint).box;
}

/**
 * A field whose hint the pane rewrites as the user types (the deadline spelled out, "judged on one month's total"): the
 * hint element itself is returned, described-by from the control even while empty, so no caller looks it up again.
 */
export function fieldWithHint(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint = ''): { box: HTMLDivElement; hint: HTMLElement } {
  const element = h('p', { className: 'hint', id: uid('hint') }, hint);
  control.setAttribute('aria-describedby', element.id);
  return { box: labelled(label, control, element), hint: element };
}

function labelled(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint: HTMLElement | null): HTMLDivElement {
  if (!control.id) control.id = uid('field');
  return h('div', { className: 'field' }, h('label', { attrs: { for: control.id } }, label), control, hint);
}

export function textInput(value: string, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = h('input', { attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs } });
  input.value = value;
  return input;
}

export function select(options: ReadonlyArray<{ value: string; label: string }>, value: string): HTMLSelectElement {
  const element = h('select');
  for (const option of options) {
    const o = h('option', { attrs: { value: option.value } }, option.label);
    element.appendChild(o);
  }
  element.value = value;
  return element;
}

export function button(label: string, onClick: (event: MouseEvent) => void, kind: 'primary' | 'secondary' | 'link' = 'secondary', type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  return h('button', { className: `btn btn-${kind}`, attrs: { type }, on: { click: onClick } }, label);
}

export function statusLine(...children: Child[]): HTMLParagraphElement {
  return h('p', { className: 'status-line' }, ...children);
}

/** Verdict with colour AND words (never colour alone). */
export function verdictBadge(verdict: Verdict, tr: Translate): HTMLSpanElement {
  return h('span', { className: `badge verdict-${verdict}` }, tr(`verdict.${verdict}` as MessageKey));
}

export const STATUS_KEYS: Readonly<Record<CriterionStatus, MessageKey>> = {
  pass: 'sidebar.status.pass',
  warn: 'sidebar.status.warn',
  fail: 'sidebar.status.fail',
  unknown: 'sidebar.status.unknown',
};

const STATUS_SYMBOLS: Readonly<Record<CriterionStatus, string>> = { pass: '✓', warn: '!', fail: '✗', unknown: '?' };

export function statusBadge(status: CriterionStatus, tr: Translate): HTMLSpanElement {
  return h('span', { className: `badge status-${status}` }, h('span', { attrs: { 'aria-hidden': 'true' } }, `${STATUS_SYMBOLS[status]} `), tr(STATUS_KEYS[status]));
}

/** A busy indicator that assistive tech announces politely, except in live panels (refreshed on every pause in typing: the result alone is announced). */
export function busy(text: string, announced = true): HTMLParagraphElement {
  return h('p', { className: 'busy', attrs: { role: announced ? 'status' : null } }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), text);
}

/**
 * One polite live region per sidebar, present from the start (regions created
 * with their text are often not read). Live panels re-render a chart and lists
 * on every pause in typing; only the one-line gist is announced.
 */
export class Announcer {
  readonly element = h('p', { className: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } });
  private timer: ReturnType<typeof setTimeout> | null = null;

  say(text: string): void {
    if (this.timer) clearTimeout(this.timer);
    // Clearing first makes a repeated identical message be read again.
    this.element.textContent = '';
    this.timer = setTimeout(() => {
      this.timer = null;
      this.element.textContent = text;
    }, 100);
  }
}

/** A failed server call as one localized sentence (the server's own messages are already in the user's language). */
export function describeError(error: unknown, tr: Translate): string {
  const detail = errorMessage(error);
  switch (errorKind(detail)) {
    case 'network':
      return tr('sidebar.error.network');
    case 'timeout':
      return tr('sidebar.error.timeout');
    case 'busy':
      return tr('sidebar.error.busy');
    case 'unavailable':
      return tr('sidebar.error.unavailable');
    case 'quota':
      return tr('sidebar.error.quota');
    case 'account':
      return tr('sidebar.error.account');
    case 'other':
      return tr('sidebar.error.call', { detail });
  }
}
