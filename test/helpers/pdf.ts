/** Reads a PDF back as a reader would: text (pdftotext), fonts (pdffonts), outline, links, metadata. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { tempDir } from './cli.js';

/** Write `bytes` to a temporary file and return its path. */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(tempDir('resume-pdf-'), 'out.pdf');
  writeFileSync(path, bytes);
  return path;
}

/**
 * The text pdftotext extracts in physical layout, optionally of one page.
 * Why -layout: it reads a line left to right, as a person does; the default mode reorders
 * blocks of different font sizes on one line.
 */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' });
}

/** `pdfinfo` fields as a record. */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(output.split('\n').filter(Boolean).map((line) => {
    const index = line.indexOf(':');
    return [line.slice(0, index), line.slice(index + 1).trim()];
  }));
}

/** `pdffonts` rows: name and whether the font is embedded. */
export function pdfFonts(path: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
  });
}

/** Outline (bookmark) titles, depth-first, with their depth. */
export async function pdfOutline(bytes: Uint8Array): Promise<Array<[number, string]>> {
  const doc = await PDFDocument.load(bytes);
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const titles: Array<[number, string]> = [];
  const walk = (item: PDFDict | undefined, depth: number) => {
    while (item) {
      titles.push([depth, text(item.get(PDFName.of('Title')))]);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return titles;
}

/** The URI of every link annotation, in page order. */
export async function pdfLinks(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return [];
    return annots.asArray().flatMap((ref) => {
      const action = doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.get(PDFName.of('URI'));
      return uri ? [text(uri)] : [];
    });
  });
}

/** The document catalog's /Lang and whether /MarkInfo marks it tagged with a structure tree. */
export async function pdfCatalog(bytes: Uint8Array): Promise<{ lang: string | null; tagged: boolean }> {
  const doc = await PDFDocument.load(bytes);
  const lang = doc.catalog.get(PDFName.of('Lang'));
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const tagged = String(markInfo?.get(PDFName.of('Marked'))) === 'true' && doc.catalog.has(PDFName.of('StructTreeRoot'));
  return { lang: lang ? text(lang) : null, tagged };
}

function text(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : String(value);
}
