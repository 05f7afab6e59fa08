/**
 * `resume check --ats`: the PDF and the DOCX built in memory as the build renders them (nothing is
 * written), then read back as a résumé parser reads them.
 */
import { fail, UserError } from '../diagnostics.js';
import type { GoodRendering } from '../prepare-document.js';
import { renderFormat } from '../render-format.js';
import type { BrowserManager } from '../render/pdf/browser-manager.js';
import { readDocxText } from './read-docx-text.js';
import { readPdfText } from './read-pdf-text.js';

/** The formats a parser is given. */
export type ReadFormat = 'pdf' | 'docx';

/** A built file as a parser reads it back. */
export interface ReadBack {
  format: ReadFormat;
  /** Its text: a line per line of a page (PDF) or per paragraph (DOCX). */
  lines: string[];
  /** The link targets it holds (the PDF's link annotations, the DOCX's hyperlinks), in order. */
  links: string[];
  /** How many pages the PDF takes; null for a DOCX, whose pages only a word processor lays out. */
  pages: number | null;
  /** Its size in bytes, as an upload form limits it. */
  bytes: number;
}

/**
 * Render the PDF (with `browser`) and the DOCX of `document` and read each back; a format that cannot be
 * built (no browser, say) is an error on the document's file and is left out. Aborting `signal` rejects.
 */
export async function readBack(document: GoodRendering, browser: BrowserManager, signal?: AbortSignal): Promise<ReadBack[]> {
  // Why the turns: as in the build, the DOCX renders while the browser lays out and prints the PDF.
  let onSent = () => {};
  const sent = new Promise<void>((resolve) => (onSent = resolve));
  const read = async (format: ReadFormat): Promise<ReadBack | null> => {
    try {
      const bytes = await renderFormat(format, document, format === 'pdf' ? browser : null, document.file, format === 'pdf' ? { onSent } : { sent });
      const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      return format === 'pdf' ? await readPdfText(data) : readDocxText(data);
    } catch (error) {
      signal?.throwIfAborted();
      if (!(error instanceof UserError)) throw error;
      fail(document.file, `${format.toUpperCase()} not built, so not read back: ${error.message}`, undefined, `render-${format}`);
      return null;
    }
  };
  const results = await Promise.all([read('pdf'), read('docx')]);
  return results.filter((result): result is ReadBack => result !== null);
}
