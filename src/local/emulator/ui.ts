/** Ui (menus, alerts, sidebars, dialogs) and HtmlService, recorded instead of shown. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemRecord, UiRecord } from './context';
import { emulatedBase, enumName } from './facade';
import { Button, ButtonSet, SandboxMode, XFrameOptionsMode } from './enums';
import type { EmulatorRuntime } from './runtime';

type Base = typeof GoogleAppsScript.Base;

export class EmulatedMenu extends emulatedBase<GoogleAppsScript.Base.Menu>('Menu') implements GoogleAppsScript.Base.Menu {
  readonly items: MenuItemRecord[] = [];

  constructor(
    runtime: EmulatorRuntime,
    private readonly record: UiRecord,
    readonly title: string,
    readonly addon: boolean,
  ) {
    super(runtime);
  }

  override addItem(caption: string, functionName: string): this {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  override addSeparator(): this {
    this.items.push('separator');
    return this;
  }

  override addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = menu as unknown as EmulatedMenu;
    this.items.push({ caption: sub.title, submenu: sub.items.map((item) => (typeof item === 'string' ? item : { ...item })) });
    return this;
  }

  override addToUi(): void {
    const entry = { title: this.title, addon: this.addon, items: this.items.map((item) => (typeof item === 'string' ? item : { ...item })) };
    // A later addToUi of the same menu replaces it, as in Sheets.
    const index = this.record.menus.findIndex((m) => m.title === entry.title && m.addon === entry.addon);
    if (index >= 0) this.record.menus[index] = entry;
    else this.record.menus.push(entry);
  }
}

export class EmulatedPromptResponse extends emulatedBase<GoogleAppsScript.Base.PromptResponse>('PromptResponse') implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    runtime: EmulatorRuntime,
    private readonly text: string,
    private readonly button: GoogleAppsScript.Base.Button,
  ) {
    super(runtime);
  }

  override getResponseText(): string {
    return this.text;
  }

  override getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button;
  }
}

export class EmulatedUi extends emulatedBase<GoogleAppsScript.Base.Ui>('Ui') implements GoogleAppsScript.Base.Ui {
  override readonly Button: Base['Button'] = Button;
  override readonly ButtonSet: Base['ButtonSet'] = ButtonSet;

  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly record: UiRecord,
    readonly addonName: string,
  ) {
    super(runtime);
  }

  private nextButton(buttons: unknown): GoogleAppsScript.Base.Button {
    const queued = this.record.nextButtons.shift();
    if (queued) return Button[queued as keyof typeof Button] ?? Button.OK;
    return enumName(buttons).startsWith('YES') ? Button.YES : Button.OK;
  }

  override createAddonMenu(): EmulatedMenu {
    return new EmulatedMenu(this.runtime, this.record, this.addonName, true);
  }

  override createMenu(caption: string): EmulatedMenu {
    return new EmulatedMenu(this.runtime, this.record, String(caption), false);
  }

  /**
   * Dialogs and sidebars need the script.container.ui scope, and AuthMode.NONE is "a mode that does not allow access to
   * any services that require authorization" (Apps Script reference, Enum AuthMode,
   * developers.google.com/apps-script/reference/script/auth-mode); only menus work there ("Add a normal menu item (works
   * in all authorization modes)", Custom menus for Editor add-ons, developers.google.com/workspace/add-ons/concepts/menus).
   */
  private requireDialog(method: string): void {
    this.runtime.requireAuth('Ui', method);
  }

  override alert(first: string, second?: unknown, third?: unknown): GoogleAppsScript.Base.Button {
    this.requireDialog('alert');
    const [title, prompt, buttons] = typeof second === 'string' ? [first, second, third] : ['', first, second];
    this.record.alerts.push(String(prompt));
    this.record.alertDetails.push({ title: String(title), prompt: String(prompt), buttons: buttons === undefined ? 'OK' : enumName(buttons) });
    return this.nextButton(buttons);
  }

  override prompt(first: string, second?: unknown, third?: unknown): EmulatedPromptResponse {
    this.requireDialog('prompt');
    const [title, prompt, buttons] = typeof second === 'string' ? [first, second, third] : ['', first, second];
    this.record.alerts.push(String(prompt));
    this.record.alertDetails.push({ title: String(title), prompt: String(prompt), buttons: buttons === undefined ? 'OK' : enumName(buttons) });
    return new EmulatedPromptResponse(this.runtime, this.record.nextPromptTexts.shift() ?? '', this.nextButton(buttons));
  }

  override showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.requireDialog('showSidebar');
    const output = asOutput(userInterface);
    this.record.sidebars.push({ title: output.state.title, html: output.state.content, ...(output.state.width ? { width: output.state.width } : {}) });
  }

  override showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.recordDialog(userInterface, title, true);
  }

  override showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.recordDialog(userInterface, title, false);
  }

  private recordDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string, modal: boolean): void {
    this.requireDialog(modal ? 'showModalDialog' : 'showModelessDialog');
    const output = asOutput(userInterface);
    this.record.dialogs.push({
      title: String(title),
      html: output.state.content,
      modal,
      ...(output.state.width ? { width: output.state.width } : {}),
      ...(output.state.height ? { height: output.state.height } : {}),
    });
  }
}

function asOutput(value: GoogleAppsScript.HTML.HtmlOutput): EmulatedHtmlOutput {
  const output = value as unknown as EmulatedHtmlOutput;
  if (!output || !output.state) throw new Error("The parameters don't match the method signature for Ui.showSidebar.");
  return output;
}

interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: Array<{ name: string; content: string }>;
}

export class EmulatedHtmlOutput extends emulatedBase<GoogleAppsScript.HTML.HtmlOutput>('HtmlOutput') implements GoogleAppsScript.HTML.HtmlOutput {
  readonly state: HtmlOutputState;

  constructor(runtime: EmulatorRuntime, content: string) {
    super(runtime);
    this.state = { content, title: '', width: 0, height: 0, sandboxMode: 'IFRAME', xFrameOptionsMode: 'DEFAULT', metaTags: [] };
  }

  override getContent(): string {
    return this.state.content;
  }

  override setContent(content: string): this {
    this.state.content = String(content);
    return this;
  }

  override append(addedContent: string): this {
    this.state.content += String(addedContent);
    return this;
  }

  override appendUntrusted(addedContent: string): this {
    this.state.content += String(addedContent).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return this;
  }

  override clear(): this {
    this.state.content = '';
    return this;
  }

  override getTitle(): string {
    return this.state.title;
  }

  override setTitle(title: string): this {
    this.state.title = String(title);
    return this;
  }

  override getWidth(): number {
    return this.state.width;
  }

  override setWidth(width: number): this {
    this.state.width = width;
    return this;
  }

  override getHeight(): number {
    return this.state.height;
  }

  override setHeight(height: number): this {
    this.state.height = height;
    return this;
  }

  override setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.state.sandboxMode = enumName(mode);
    return this;
  }

  override setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.state.xFrameOptionsMode = enumName(mode);
    return this;
  }

  override addMetaTag(name: string, content: string): this {
    this.state.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * HtmlTemplate without a JavaScript evaluator (no eval in this project): printing scriptlets
 * `<?= name ?>` (HTML-escaped) and `<?!= name ?>` (raw) whose expression is a template variable
 * or a dotted path into one (`<?= settings.lang ?>`). Code scriptlets `<? … ?>` and any other
 * expression throw "not emulated".
 */
export class EmulatedHtmlTemplate {
  /** Template variables are plain properties set by the script: template.title = '…'. */
  [variable: string]: unknown;

  // #private: template variables of any name (even "source") must not clobber these.
  readonly #runtime: EmulatorRuntime;
  readonly #source: string;

  constructor(runtime: EmulatorRuntime, source: string) {
    this.#runtime = runtime;
    this.#source = source;
  }

  private lookup(expression: string): unknown {
    const path = expression.trim();
    if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path)) throw new Error(`not emulated: HtmlTemplate.evaluate (expression "${path}")`);
    const [first, ...rest] = path.split('.');
    let value: unknown = this[first];
    for (const key of rest) {
      if (value === null || value === undefined) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }

  evaluate(): EmulatedHtmlOutput {
    return this.#runtime.invoke('HtmlTemplate', 'evaluate', () => this.render());
  }

  private render(): EmulatedHtmlOutput {
    const html = this.#source.replace(/<\?(!?=)?([\s\S]*?)\?>/g, (_match, kind: string | undefined, expression: string) => {
      if (!kind) throw new Error('not emulated: HtmlTemplate.evaluate (code scriptlet <? … ?>)');
      const value = this.lookup(expression);
      const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      return kind === '!=' ? text : text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
    });
    return new EmulatedHtmlOutput(this.#runtime, html);
  }

  getRawContent(): string {
    return this.#source;
  }
}

export class EmulatedHtmlService extends emulatedBase<GoogleAppsScript.HTML.HtmlService>('HtmlService') implements GoogleAppsScript.HTML.HtmlService {
  override readonly SandboxMode: typeof GoogleAppsScript.HTML.SandboxMode = SandboxMode;
  override readonly XFrameOptionsMode: typeof GoogleAppsScript.HTML.XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly runtimeRef: EmulatorRuntime,
    /** Folder holding the project's HTML files (Apps Script's "files"): the built dist/ by default. */
    readonly htmlDir: string,
  ) {
    super(runtimeRef);
  }

  override createHtmlOutput(html?: unknown): EmulatedHtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw new Error('not emulated: HtmlService.createHtmlOutput(blob)');
    return new EmulatedHtmlOutput(this.runtimeRef, html ?? '');
  }

  private readHtmlFile(filename: string): string {
    const name = String(filename);
    const file = path.join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  }

  override createHtmlOutputFromFile(filename: string): EmulatedHtmlOutput {
    return new EmulatedHtmlOutput(this.runtimeRef, this.readHtmlFile(filename));
  }

  override createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return new EmulatedHtmlTemplate(this.runtimeRef, this.readHtmlFile(filename)) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  override createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    if (typeof html !== 'string') throw new Error('not emulated: HtmlService.createTemplate(blob)');
    return new EmulatedHtmlTemplate(this.runtimeRef, html) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
}
