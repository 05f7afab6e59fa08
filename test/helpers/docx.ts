/** Reads a DOCX back as Word would: its parts, paragraphs with style and numbering, and text. */
import { strFromU8, unzipSync } from 'fflate';

/** Every part of the zip, as text. */
export function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

export interface WordParagraph {
  style: string | null;
  numbered: boolean;
  level: number | null;
  text: string;
}

/** Paragraphs of word/document.xml: their style, numbering and text (`w:t` runs, tabs and breaks as spaces). */
export function paragraphs(document: string): WordParagraph[] {
  return [...document.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map(([, body = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null,
    numbered: body.includes('<w:numPr>'),
    level: body.includes('<w:numPr>') ? Number(/<w:ilvl w:val="(\d+)"/.exec(body)?.[1]) : null,
    text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)].map((match) => (match[1] === undefined ? ' ' : unescape(match[1]))).join(''),
  }));
}

/** The text of word/document.xml, a line per paragraph. */
export function documentText(bytes: Uint8Array): string {
  return paragraphs(parts(bytes)['word/document.xml']!).map((paragraph) => paragraph.text).join('\n');
}

function unescape(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
