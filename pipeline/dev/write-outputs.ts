/** Writes every format of one good rendering into a folder, each atomically. */
import { basename, extname, join } from 'node:path';
import { VFile } from 'vfile';
import { prepareOutDir, writeFormat } from '../build.js';
import type { GoodRendering } from '../prepare-document.js';
import type { BrowserManager } from '../render/pdf/browser-manager.js';

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

// Cheapest first, so the quick files land while the browser prints.
const FORMATS = ['html', 'json', 'txt', 'pdf', 'docx'] as const;

/** Write every format of `rendering` into the folder, each atomically; problems are messages on the returned file. */
export async function writeOutputs(rendering: GoodRendering, targets: OutputTargets): Promise<VFile> {
  // A file of its own: the rendering's messages were reported when the preview updated.
  const report = new VFile({ path: rendering.file.path });
  if (!(await prepareOutDir(targets.outDir, report))) return report;
  const name = basename(rendering.file.path, extname(rendering.file.path));
  for (const format of FORMATS) {
    if (targets.superseded()) break;
    const path = join(targets.outDir, `${name}.${format}`);
    if (await writeFormat(format, { ...rendering, file: report }, path, targets.browser)) targets.onWritten(path);
  }
  return report;
}
