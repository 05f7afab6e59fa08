/** Writes the HTML, PDF and DOCX of one good rendering into a folder, each atomically. */
import { basename, extname, join } from 'node:path';
import { VFile } from 'vfile';
import { fail, UserError } from '../diagnostics.js';
import { prepareOutDir } from '../build.js';
import type { GoodRendering } from '../prepare-document.js';
import { renderFormat } from '../render-format.js';
import type { BrowserManager } from '../render/pdf/browser-manager.js';
import { writeAtomic } from '../write-atomic.js';

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
  if (!(await prepareOutDir(targets.outDir, report))) return report;
  const name = basename(rendering.file.path, extname(rendering.file.path));
  for (const format of FORMATS) {
    if (targets.superseded()) break;
    const path = join(targets.outDir, `${name}.${format}`);
    try {
      await writeAtomic(path, await renderFormat(format, rendering, targets.browser, report));
      targets.onWritten(path);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      fail(report, `${format.toUpperCase()} not written: ${error.message}`, undefined, `render-${format}`);
    }
  }
  return report;
}
