/** Writes the HTML, PDF and DOCX of one good rendering into a folder, each atomically. */
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { VFile } from 'vfile';
import { fail, UserError } from '../diagnostics.js';
import { documentInfo } from '../render/document-info.js';
import { toDocx } from '../render/docx/to-docx.js';
import type { BrowserManager } from '../render/pdf/browser-manager.js';
import { toPdf } from '../render/pdf/to-pdf.js';
import { writeAtomic } from '../write-atomic.js';
import type { GoodRendering } from './render-once.js';

/** Where the files go, the browser that prints the PDF, and when to stop. */
export interface OutputTargets {
  outDir: string;
  /** The warm browser the PDF is printed with. */
  browser: BrowserManager;
  /** True once this rendering is stale (a newer one waits, or the server closes): the remaining formats are skipped. */
  superseded: () => boolean;
  /** Called as each file lands. */
  onWritten: (path: string) => void;
}

const FORMATS = ['html', 'pdf', 'docx'] as const;

/** Write `rendering` as DIR/NAME.html, .pdf, .docx, cheapest first; problems are messages on the returned file. */
export async function writeOutputs(rendering: GoodRendering, targets: OutputTargets): Promise<VFile> {
  const report = new VFile({ path: rendering.file.path });
  try {
    await mkdir(targets.outDir, { recursive: true });
  } catch (error) {
    fail(report, `Cannot create the output folder \`${targets.outDir}\` (${(error as NodeJS.ErrnoException).code ?? String(error)})`, undefined, 'output');
    return report;
  }
  const name = basename(rendering.file.path, extname(rendering.file.path));
  for (const format of FORMATS) {
    if (targets.superseded()) break;
    const path = join(targets.outDir, `${name}.${format}`);
    try {
      await writeAtomic(path, await render(format, rendering, targets.browser, report));
      targets.onWritten(path);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      fail(report, `${format.toUpperCase()} not written: ${error.message}`, undefined, `render-${format}`);
    }
  }
  return report;
}

async function render(format: (typeof FORMATS)[number], rendering: GoodRendering, browser: BrowserManager, report: VFile): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return rendering.html;
    case 'pdf':
      return toPdf(rendering.html, browser, { info: documentInfo(rendering.resume), generator: rendering.options.generator, date: rendering.options.date });
    case 'docx':
      return toDocx(rendering.resume, rendering.options, report);
  }
}
