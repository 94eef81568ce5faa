/**
 * XML for feeds, sitemaps and OPML, parsed with htmlparser2 in XML mode: it expands only the
 * five XML entities and numeric references, never DTD-defined ones, and never loads external
 * entities. A document that declares entities in a DOCTYPE is refused outright, so entity
 * expansion ("billion laughs") and external entities (XXE) are impossible by construction.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { XML_DOCTYPE_SCAN_CHARS } from '../constants.ts';

type XmlDocument = ReturnType<typeof parseDocument>;
export type XmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; ruleId: string; reason: string };

const ENTITY_DECLARATION = /<!DOCTYPE[^>]*\[[\s\S]*?<!ENTITY/i;

/** Local name (namespace prefix dropped), lowercased: feeds mix prefixes and case freely. */
export function localName(el: XmlElement): string {
  const name = el.name.toLowerCase();
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXml(text: string): XmlParse {
  if (ENTITY_DECLARATION.test(text.slice(0, XML_DOCTYPE_SCAN_CHARS))) {
    return { ok: false, ruleId: 'ingest/xml-entities', reason: 'The XML declares entities in its DOCTYPE (entity expansion / external entities); refused.' };
  }
  const doc: XmlDocument = parseDocument(text, { xmlMode: true });
  const root = DomUtils.findOne(() => true, doc.children, false);
  if (!root) return { ok: false, ruleId: 'ingest/xml-malformed', reason: 'No XML root element found.' };
  return { ok: true, root };
}

export function elementChildren(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => DomUtils.isTag(c));
}

/** First child whose qualified name (exact, case-insensitive) matches one of `names`, else whose local name does. */
export function child(el: XmlElement, ...names: string[]): XmlElement | null {
  const kids = elementChildren(el);
  for (const name of names) {
    const exact = kids.find((k) => k.name.toLowerCase() === name);
    if (exact) return exact;
  }
  for (const name of names) {
    const local = kids.find((k) => localName(k) === name);
    if (local) return local;
  }
  return null;
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return elementChildren(el).filter((k) => localName(k) === name);
}

export function text(el: XmlElement | null): string | null {
  if (!el) return null;
  const value = DomUtils.textContent(el).trim();
  return value === '' ? null : value;
}

export function attr(el: XmlElement | null, name: string): string | null {
  if (!el) return null;
  const key = Object.keys(el.attribs).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (el.attribs[key] ?? null);
}

/** All descendant elements with this local name. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  return DomUtils.findAll((e) => localName(e) === name, el.children);
}

export function resolveUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
