/**
 * A PDF's text as a résumé parser reads it with pdf.js: text items joined into lines by their baseline,
 * lines top to bottom, page after page; and its link targets.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { ReadBack } from './read-back.js';

/** Read `bytes` (a PDF) back as a parser does. */
export async function readPdfText(bytes: Uint8Array): Promise<ReadBack> {
  const document = await openPdf(bytes);
  try {
    const lines: string[] = [];
    const links: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str !== '');
      lines.push(...pageLines(items));
      for (const annotation of (await page.getAnnotations()) as Array<{ subtype?: string; url?: string }>) {
        if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url);
      }
      page.cleanup();
    }
    return { format: 'pdf', lines, links, pages: document.numPages, bytes: bytes.length };
  } finally {
    await document.destroy();
  }
}

/** How many lines of text each page of `bytes` (a PDF) holds, as `readPdfText` joins them. */
export async function countPageLines(bytes: Uint8Array): Promise<number[]> {
  const document = await openPdf(bytes);
  try {
    const counts: number[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      counts.push(pageLines((await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')).length);
      page.cleanup();
    }
    return counts;
  } finally {
    await document.destroy();
  }
}

async function openPdf(bytes: Uint8Array) {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // Why a copy: pdf.js takes the buffer over (it may detach it).
  return await getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
}

/**
 * pdf.js with its worker's code loaded on this thread. Why: in Node pdf.js runs its worker in the same
 * thread, and would otherwise import it from a path next to its own file, which a bundle does not keep.
 */
async function loadPdfJs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  return pdfjs;
}

/**
 * The items of one page as lines: items whose baselines lie within half a line of each other form one
 * line, read left to right, a gap wider than a fifth of the font size between two being a space; runs
 * of right-to-left items (Arabic, Hebrew) read right to left, as a reader of the line reads them.
 */
function pageLines(items: readonly TextItem[]): string[] {
  const lines: Array<{ y: number; size: number; items: TextItem[] }> = [];
  for (const item of items) {
    const [, , , size = 0, , y = 0] = item.transform as number[];
    const line = lines.find((candidate) => Math.abs(candidate.y - y) < Math.min(candidate.size, size) / 2);
    if (line) line.items.push(item);
    else lines.push({ y, size, items: [item] });
  }
  return lines.sort((a, b) => b.y - a.y).map((line) => joinItems(line.items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number))));
}

/** One line's items, left to right on the page, as text in reading order. */
function joinItems(items: readonly TextItem[]): string {
  // Items and the gaps between them, alternately, in the order the page shows them.
  const pieces: string[] = [];
  const directions: Array<'rtl' | 'ltr' | null> = [];
  let end = -Infinity;
  for (const item of items) {
    const [, , , size = 0, x = 0] = item.transform as number[];
    if (pieces.length > 0) pieces.push(x - end > size / 5 && !/\s$/u.test(pieces.at(-1)!) && !/^\s/u.test(item.str) ? ' ' : '');
    pieces.push(item.str);
    // Spaces and punctuation, which pdf.js marks left to right, take the direction around them.
    directions.push(/^[\s\p{P}]*$/u.test(item.str) ? null : item.dir === 'rtl' ? 'rtl' : 'ltr');
    end = x + item.width;
  }
  const rtl = directions.map((direction, index) => direction === 'rtl' || (direction === null && strongBefore(directions, index) === 'rtl' && strongAfter(directions, index) === 'rtl'));
  // Why item by item: pdf.js gives each item's own text in reading order, but lays the items out as shown.
  // The line's direction is that of its first letter (Unicode's bidi rule P2).
  const rightToLeft = directions.find((direction) => direction !== null) === 'rtl';
  if (rightToLeft) reverse(pieces, 0, rtl.length - 1);
  const order = rightToLeft ? [...rtl].reverse().map((value) => !value) : rtl;
  for (let start = 0; start < order.length; start += 1) {
    if (!order[start]) continue;
    let last = start;
    while (order[last + 1]) last += 1;
    reverse(pieces, start, last);
    start = last;
  }
  return pieces.join('');
}

function strongBefore(directions: ReadonlyArray<'rtl' | 'ltr' | null>, index: number): 'rtl' | 'ltr' | null {
  for (let at = index - 1; at >= 0; at -= 1) if (directions[at]) return directions[at]!;
  return null;
}

function strongAfter(directions: ReadonlyArray<'rtl' | 'ltr' | null>, index: number): 'rtl' | 'ltr' | null {
  for (let at = index + 1; at < directions.length; at += 1) if (directions[at]) return directions[at]!;
  return null;
}

/** Reverse the items `from` to `to` of `pieces` (items at even places, gaps between), with the gaps between them. */
function reverse(pieces: string[], from: number, to: number): void {
  const run = pieces.slice(2 * from, 2 * to + 1).reverse();
  pieces.splice(2 * from, run.length, ...run);
}
