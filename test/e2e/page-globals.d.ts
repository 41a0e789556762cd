/**
 * The few DOM members the browser tests use inside page.evaluate /
 * waitForFunction callbacks (those run in Chromium, not Node). Declared here
 * instead of the DOM lib, whose MimeType clashes with google-apps-script's.
 */
interface PageElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly textContent: string | null;
  readonly tagName: string;
  readonly outerHTML: string;
  readonly className: string;
  readonly clientWidth: number;
  readonly clientHeight: number;
  readonly scrollWidth: number;
  readonly scrollHeight: number;
  scrollLeft: number;
  scrollTop: number;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number; width: number; height: number };
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getClientRects(): ArrayLike<unknown>;
  /** A <select>'s name and options (undefined on other elements). */
  readonly name?: string;
  readonly options?: ArrayLike<{ readonly text: string }>;
  readonly selectedOptions?: ArrayLike<{ readonly text: string }>;
  append(child: PageProbe): void;
}

/** A hidden box laid out like a control's text, to measure whether that text fits (review26.e2e). */
interface PageProbe {
  textContent: string | null;
  readonly style: Record<string, string>;
  readonly clientWidth: number;
  readonly scrollWidth: number;
  readonly scrollHeight: number;
  remove(): void;
}

/** A 2D canvas context, to measure a text in a given font. */
interface PageCanvasContext {
  font: string;
  measureText(text: string): { width: number };
}

declare const document: {
  createElement(tag: 'canvas'): { getContext(kind: '2d'): PageCanvasContext | null };
  createElement(tag: 'div'): PageProbe;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  readonly activeElement: PageElement | null;
  readonly body: PageElement;
  readonly documentElement: PageElement;
  hasFocus(): boolean;
  getElementById(id: string): PageElement | null;
  elementFromPoint(x: number, y: number): PageElement | null;
};

declare const window: { readonly innerHeight: number };

/** `pseudo`: "::picker-icon", a customizable select's arrow. */
declare function getComputedStyle(
  element: PageElement,
  pseudo?: string,
): {
  width: string;
  columnGap: string;
  font: string;
  lineHeight: string;
  paddingTop: string;
  paddingBottom: string;
  outlineStyle: string;
  outlineWidth: string;
  fontWeight: string;
  fontSize: string;
  fontFamily: string;
  overflowX: string;
  textOverflow: string;
  paddingLeft: string;
  paddingRight: string;
  position: string;
};
