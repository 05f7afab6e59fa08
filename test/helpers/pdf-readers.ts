/**
 * A PDF's text as three independent extractors read it, each called the way résumé parsers call
 * it: Poppler's `pdftotext` in its default (reading-order) mode, pdfminer.six's `pdf2txt`, and
 * pdf.js with its text items joined into lines by their baseline.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export type PdfReader = 'pdftotext' | 'pdf2txt' | 'pdf.js';
export const PDF_READERS: readonly PdfReader[] = ['pdftotext', 'pdf2txt', 'pdf.js'];

const run = promisify(execFile);

/** The text of the PDF at `path` as `reader` extracts it. */
export async function readPdf(reader: PdfReader, path: string): Promise<string> {
  if (reader === 'pdftotext') return (await run('pdftotext', [path, '-'], { encoding: 'utf8' })).stdout;
  // Debian's python3-pdfminer installs `pdf2txt`, pip's pdfminer.six `pdf2txt.py`.
  if (reader === 'pdf2txt') return (await run(pdf2txtCommand(), [path], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })).stdout;
  return pdfJsLines(path);
}

let pdf2txt: string | undefined;
function pdf2txtCommand(): string {
  if (pdf2txt) return pdf2txt;
  for (const command of ['pdf2txt', 'pdf2txt.py']) {
    try {
      execFileSync(command, ['--version'], { stdio: 'ignore' });
      return (pdf2txt = command);
    } catch {
      // try the next name
    }
  }
  throw new Error('pdfminer.six is not installed: `apt-get install python3-pdfminer` (or `pip install pdfminer.six`)');
}

/**
 * pdf.js's text items joined into lines as a parser does: items whose baselines lie within half
 * a line of each other form one line, read left to right; a gap wider than a fifth of the font
 * size between two items is a space; lines go top to bottom, page after page.
 */
async function pdfJsLines(path: string): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str !== '');
      const lines: Array<{ y: number; size: number; items: TextItem[] }> = [];
      for (const item of items) {
        const [, , , size = 0, , y = 0] = item.transform as number[];
        const line = lines.find((candidate) => Math.abs(candidate.y - y) < Math.min(candidate.size, size) / 2);
        if (line) line.items.push(item);
        else lines.push({ y, size, items: [item] });
      }
      lines.sort((a, b) => b.y - a.y);
      pages.push(lines.map((line) => joinItems(line.items.sort((a, b) => a.transform[4] - b.transform[4]))).join('\n'));
    }
    return pages.join('\n');
  } finally {
    await document.destroy();
  }
}

function joinItems(items: TextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const [, , , size = 0, x = 0] = item.transform as number[];
    if (text !== '' && x - end > size / 5 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = x + item.width;
  }
  return text;
}
