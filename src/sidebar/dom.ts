/**
 * A tiny DOM builder. Text always goes in through `textContent` /
 * `createTextNode`, never through innerHTML: goal sentences, sheet names and
 * owners come from the spreadsheet and must never be parsed as markup.
 */
export type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Attributes set with setAttribute (values are text, never markup). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function setAttributes(element: Element, attrs: Props['attrs']): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  setAttributes(element, props.attrs);
  if (props.on) {
    for (const [type, listener] of Object.entries(props.on)) {
      if (listener) element.addEventListener(type, listener as EventListener);
    }
  }
  append(element, children);
  return element;
}

/** Replaces an element's content with text (safe for any string). */
export function setText(element: Element, text: string): void {
  element.textContent = text;
}

/** Replaces an element's children. */
export function replace(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, children);
}

let idCounter = 0;
/** Unique element ids, to tie labels and hints to their inputs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Adds `id` to a control's aria-describedby (or takes it out), keeping the ids already there (its own hint): how a
 * message shown elsewhere — the live panel's "not a number", the problems under the step — is read with the field it
 * is about, as WCAG 3.3.1 asks of an error identified in text.
 */
export function describedBy(control: Element | null | undefined, id: string, on: boolean): void {
  if (!control) return;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((token) => token && token !== id);
  control.setAttribute('aria-describedby', (on ? [...ids, id] : ids).join(' '));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Array<SVGElement | null>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) if (child) element.appendChild(child);
  return element;
}
