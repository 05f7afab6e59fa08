/** A DOCX's text as a résumé parser reads it: the paragraphs of word/document.xml, and its hyperlinks. */
import { strFromU8, unzipSync } from 'fflate';
import type { ReadBack } from './read-back.js';

const DOCUMENT = 'word/document.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';

/** Read `bytes` (a DOCX) back as a parser does: a line per paragraph, `w:t` runs, tabs and breaks as spaces. */
export function readDocxText(bytes: Uint8Array): ReadBack {
  // Why the filter: the embedded fonts, most of the package, need not be inflated.
  const parts = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT || file.name === RELATIONSHIPS });
  const document = parts[DOCUMENT] ? strFromU8(parts[DOCUMENT]) : '';
  const relationships = parts[RELATIONSHIPS] ? strFromU8(parts[RELATIONSHIPS]) : '';
  const lines = [...document.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gsu)].map(([, body = '']) =>
    [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr|noBreakHyphen)\/>/gu)].map(([, text, empty]) => (text !== undefined ? decodeXml(text) : empty === 'noBreakHyphen' ? '-' : ' ')).join(''),
  );
  const targets = new Map(
    [...relationships.matchAll(/<Relationship\b[^>]*>/gu)]
      .map(([element]) => element)
      .filter((element) => /\bType="[^"]*\/hyperlink"/u.test(element))
      .map((element) => [/\bId="([^"]*)"/u.exec(element)?.[1] ?? '', decodeXml(/\bTarget="([^"]*)"/u.exec(element)?.[1] ?? '')]),
  );
  // In the order the document shows them.
  const links = [...document.matchAll(/<w:hyperlink\b[^>]*\br:id="([^"]*)"/gu)].flatMap(([, id = '']) => (targets.has(id) ? [targets.get(id)!] : []));
  return { format: 'docx', lines, links, pages: null, bytes: bytes.length };
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|apos|amp));/giu, (_, hex?: string, decimal?: string, name?: string) =>
    hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : ENTITIES[name!]!,
  );
}
