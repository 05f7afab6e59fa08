/** HTML → PDF, printed by headless Chrome on a locked-down page. */
import { UserError } from '../../diagnostics.js';
import type { DocumentInfo } from '../document-info.js';
import type { BrowserManager } from './browser-manager.js';

const LOAD_TIMEOUT_MS = 15_000;
const PRINT_TIMEOUT_MS = 30_000;

/** How every document is loaded into the page to print. */
export const LOAD_OPTIONS = { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS } as const;

/** How every PDF is printed; fitting to a number of pages prints its tries the same way. */
export const PRINT_OPTIONS = { printBackground: true, tagged: true, outline: true, preferCSSPageSize: true, waitForFonts: true, timeout: PRINT_TIMEOUT_MS } as const;

export interface PdfOptions {
  info: DocumentInfo;
  generator: string;
  date: Date | null;
  /**
   * Called once the document is on its way to the browser: from then on the browser lays it out
   * and prints it, needing little of this thread.
   */
  onSent?: () => void;
  /** Called when the browser has printed, before the PDF is finalized: the page is free again. */
  onPrinted?: () => void;
}

/**
 * Print `html` (the HTML renderer's output, with paper size and margins in its `@page` rule).
 * The page runs no script and loads nothing but the document and `data:` URLs.
 */
export async function toPdf(html: string, browser: BrowserManager, options: PdfOptions): Promise<Uint8Array> {
  let finalizing: Promise<typeof import('./finalize-pdf.js')> | undefined;
  const raw = await browser
    .withPage(async (page) => {
      const loading = page.setContent(html, LOAD_OPTIONS);
      // Why after a turn: pdf-lib takes ~30 ms to load on a cold start; loaded once the document
      // is on its way to the browser, it fits in the wait for the browser to lay it out.
      finalizing = new Promise(setImmediate).then(() => import('./finalize-pdf.js'));
      options.onSent?.();
      await loading;
      return page.pdf(PRINT_OPTIONS);
    })
    .catch((error: unknown) => {
      // A browser that crashed, hung past a timeout or was closed: a clear message, not a stack trace.
      if (error instanceof UserError) throw error;
      throw new UserError(`The browser failed to print the PDF: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    });
  options.onPrinted?.();
  const { finalizePdf } = await (finalizing ?? import('./finalize-pdf.js'));
  return finalizePdf(raw, { info: options.info, creator: options.generator, date: options.date, source: html });
}
