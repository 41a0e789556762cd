/**
 * A small XML reader and writer helpers for the package parts exceljs does not handle (charts,
 * drawings, relationships, the custom XML state part). Enough for well-formed OOXML parts:
 * elements, attributes, text, CDATA; comments, processing instructions and the doctype are
 * skipped. Names keep their prefix (`c:chart`); `local` drops it so a part written with another
 * prefix (or a default namespace) still reads.
 */

export interface XmlElement {
  name: string;
  /** The name without its prefix. */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Text or attribute value escaped for XML; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses an XML document; returns its root element, or null when it is not well-formed enough to read. */
export function parseXml(xml: string): XmlElement | null {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && stack.length > 0) stack[stack.length - 1].text += decodeXml(xml.slice(i, textEnd));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return null;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return null;
      if (stack.length > 0) stack[stack.length - 1].text += xml.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      const end = xml.indexOf('>', lt);
      if (end < 0) return null;
      i = end + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return null;
    if (xml[lt + 1] === '/') {
      const name = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) return null;
      i = gt + 1;
      continue;
    }
    const selfClosing = xml[gt - 1] === '/';
    const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const nameMatch = /^[^\s/>]+/.exec(body);
    if (!nameMatch) return null;
    const element: XmlElement = { name: nameMatch[0], local: localName(nameMatch[0]), attrs: {}, children: [], text: '' };
    for (const match of body.slice(nameMatch[0].length).matchAll(ATTRIBUTE)) element.attrs[match[1]] = decodeXml(match[3] ?? match[4] ?? '');
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (!root) root = element;
    else return null;
    if (!selfClosing) stack.push(element);
    i = gt + 1;
  }
  return stack.length === 0 ? root : null;
}

/** The first child with this local name. */
export function child(element: XmlElement | undefined | null, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.local === local);
}

/** All children with this local name. */
export function children(element: XmlElement | undefined | null, local: string): XmlElement[] {
  return element ? element.children.filter((c) => c.local === local) : [];
}

/** Follows a path of local names through first children. */
export function path(element: XmlElement | undefined | null, ...locals: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = element ?? undefined;
  for (const local of locals) current = child(current, local);
  return current;
}

/** Every descendant (depth first) with this local name. */
export function descendants(element: XmlElement | undefined | null, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  if (element) walk(element);
  return out;
}

/** An attribute by its local name (any prefix). */
export function attr(element: XmlElement | undefined | null, local: string): string | undefined {
  if (!element) return undefined;
  if (local in element.attrs) return element.attrs[local];
  const key = Object.keys(element.attrs).find((k) => localName(k) === local);
  return key === undefined ? undefined : element.attrs[key];
}
