/**
 * A PDF's text as three independent extractors read it, each called the way résumé parsers call
 * it: Poppler's `pdftotext` in its default (reading-order) mode, pdfminer.six's `pdf2txt`, and
 * pdf.js with its text items joined into lines by their baseline.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { readPdfText } from '../../pipeline/check/read-pdf-text.js';

export type PdfReader = 'pdftotext' | 'pdf2txt' | 'pdf.js';
export const PDF_READERS: readonly PdfReader[] = ['pdftotext', 'pdf2txt', 'pdf.js'];

const run = promisify(execFile);

/** The text of the PDF at `path` as `reader` extracts it. */
export async function readPdf(reader: PdfReader, path: string): Promise<string> {
  if (reader === 'pdftotext') return (await run('pdftotext', [path, '-'], { encoding: 'utf8' })).stdout;
  // Debian's python3-pdfminer installs `pdf2txt`, pip's pdfminer.six `pdf2txt.py`.
  if (reader === 'pdf2txt') return (await run(pdf2txtCommand(), [path], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })).stdout;
  // pdf.js as `resume check --ats` reads it: items joined into lines by their baseline, as a parser does.
  return (await readPdfText(new Uint8Array(readFileSync(path)))).lines.join('\n');
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

