/** Renders one format of a prepared document; the renderers load lazily, so an HTML build stays light. */
import type { VFile } from 'vfile';
import { InternalError } from './diagnostics.js';
import type { GoodRendering } from './prepare-document.js';
import { documentInfo } from './render/document-info.js';
import type { BrowserManager } from './render/pdf/browser-manager.js';

export const FORMATS = ['html', 'pdf', 'docx', 'json', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

/** The bytes of `format` for `document`; renderer warnings go to `file`. A missing browser fails the PDF. */
export async function renderFormat(format: Format, document: GoodRendering, browser: BrowserManager | null, file: VFile): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return document.html;
    case 'docx': {
      // Why: the DOCX is CPU work on this thread; started after the browser is up, it no longer
      // delays the launch handshake, and it runs while the browser prints.
      await browser?.launch().catch(() => {});
      const { toDocx } = await import('./render/docx/to-docx.js');
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
      const { toPdf } = await import('./render/pdf/to-pdf.js');
      return toPdf(document.html, browser, { info: documentInfo(document.resume), generator: document.options.generator, date: document.options.date });
    }
  }
}
