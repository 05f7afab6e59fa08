/** Renders one format of a prepared document; the renderers load lazily, so an HTML build stays light. */
import type { VFile } from 'vfile';
import { InternalError } from './diagnostics.js';
import type { Resume } from './model/types.js';
import type { GoodRendering } from './prepare-document.js';
import type { RenderOptions } from './render/options.js';
import type { BrowserManager } from './render/pdf/browser-manager.js';

export const FORMATS = ['html', 'pdf', 'docx', 'json', 'txt'] as const;
const MAX_WAIT_FOR_PDF_MS = 1000;
export type Format = (typeof FORMATS)[number];

/** How the formats of one document share this thread with the browser. */
export interface Turns {
  /** Called once the PDF's document is on its way to the browser, or has failed to get there. */
  onSent?: () => void;
  /** Called once the browser has printed the PDF (it is then finalized here). */
  onPrinted?: () => void;
  /** The DOCX, the one format with much CPU work, starts when this resolves; default at once. */
  sent?: Promise<void>;
}

/** The bytes of `format` for `document`; renderer warnings go to `file`. A missing browser fails the PDF. */
export async function renderFormat(format: Format, document: GoodRendering, browser: BrowserManager | null, file: VFile, turns: Turns = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return await document.html();
    case 'docx': {
      const { toDocx } = await import('./render/docx/to-docx.js');
      // Why: the PDF needs this thread to open a page and send the document; then the browser lays
      // it out and prints it. The DOCX runs from then on, filling that wait, not delaying the PDF;
      // but it waits a second at most, for a browser slow to start.
      await Promise.race([turns.sent, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_FOR_PDF_MS).unref())]);
      return toDocx(document.resume, document.options, file);
    }
    case 'json': {
      const { toJsonResume } = await import('./render/json-resume/to-json-resume.js');
      return toJsonResume(document.resume);
    }
    case 'txt': {
      const { toText } = await import('./render/text/to-text.js');
      return toText(document.resume);
    }
    case 'pdf': {
      if (!browser) throw new InternalError('The PDF format needs a browser manager');
      try {
        const [{ toPdf }, { documentInfo }] = await Promise.all([import('./render/pdf/to-pdf.js'), import('./render/document-info.js')]);
        const info = documentInfo(document.resume);
        return await toPdf(await document.html(), browser, { info, generator: document.options.generator, date: document.options.date, onSent: turns.onSent, onPrinted: turns.onPrinted });
      } finally {
        turns.onSent?.();
      }
    }
  }
}

/**
 * The HTML of `resume`, rendered at the first call and shared by later ones. Why lazy: only the
 * HTML and the PDF need it, so `--format docx` neither loads nor runs the HTML renderer.
 */
export function lazyHtml(resume: Resume, options: RenderOptions): () => Promise<string> {
  let html: Promise<string> | undefined;
  return () => (html ??= import('./render/html/to-html.js').then(({ toHtml }) => toHtml(resume, options)));
}
