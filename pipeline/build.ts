/** Reads each input, renders every requested format, writes outputs atomically. */
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { VFile } from 'vfile';
import { fail, hasErrors, UserError } from './diagnostics.js';
import type { Paper, Resume } from './model/types.js';
import { toResume } from './model/to-resume.js';
import { parse } from './parse.js';
import { readInput } from './read-input.js';
import { documentInfo } from './render/document-info.js';
import type { RenderOptions } from './render/options.js';
import type { BrowserManager } from './render/pdf/browser-manager.js';
import { toHtml } from './render/html/to-html.js';
import { DEFAULT_THEME, listThemes, loadTheme } from './theme/load-theme.js';
import type { Theme } from './theme/theme.js';
import { writeAtomic } from './write-atomic.js';

export const FORMATS = ['html', 'pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

export interface BuildRequest {
  inputs: string[];
  outDir: string;
  formats: readonly Format[];
  /** Theme from the command line; wins over front matter. */
  theme: string | null;
  paper: Paper | null;
  generator: string;
  /** Timestamp written into outputs; null writes none (see `buildDate`). */
  date: Date | null;
  /** `--browser PATH`, or null to search (see find-browser.ts). */
  browser: string | null;
  env: NodeJS.ProcessEnv;
}

export interface BuildResult {
  files: VFile[];
  written: string[];
}

/** Build every input of `request`; all problems are messages on the returned vfiles. */
export async function build(request: BuildRequest): Promise<BuildResult> {
  const browser = request.formats.includes('pdf') ? await startBrowser(request) : null;
  try {
    return await buildAll(request, browser);
  } finally {
    await browser?.close();
  }
}

/** Start the browser launch before anything else, so it overlaps reading, parsing and rendering. */
async function startBrowser(request: BuildRequest): Promise<BrowserManager> {
  const { BrowserManager } = await import('./render/pdf/browser-manager.js');
  const manager = new BrowserManager({ flag: request.browser, env: request.env });
  void manager.launch();
  return manager;
}

async function buildAll(request: BuildRequest, browser: BrowserManager | null): Promise<BuildResult> {
  const themes = new Map<string, Promise<Theme>>();
  const themeNames = await listThemes();
  const written: string[] = [];
  const files: VFile[] = [];
  for (const input of request.inputs) {
    const file = await readInput(input);
    files.push(file);
    if (hasErrors(file)) continue;
    const resume = toResume(parse(file), file);
    const themeName = request.theme ?? resume.meta.theme ?? DEFAULT_THEME;
    if (!themeNames.includes(themeName)) {
      fail(file, `Unknown theme \`${themeName}\`, expected one of ${themeNames.map((name) => `\`${name}\``).join(', ')}`, undefined, 'theme');
    }
    if (hasErrors(file)) continue;
    if (!themes.has(themeName)) themes.set(themeName, loadTheme(themeName));
    const options: RenderOptions = {
      theme: await themes.get(themeName)!,
      paper: request.paper ?? resume.meta.paper ?? 'letter',
      generator: request.generator,
      date: request.date,
    };
    if (!(await prepareOutDir(request.outDir, file))) continue;
    const html = toHtml(resume, options);
    for (const format of request.formats) {
      const target = join(request.outDir, `${basename(input, extname(input))}.${format}`);
      try {
        await writeAtomic(target, await render(format, { resume, html, options, file, browser }));
        written.push(target);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        fail(file, `${format.toUpperCase()} not written: ${error.message}`, undefined, `render-${format}`);
      }
    }
  }
  return { files, written };
}

interface RenderJob {
  resume: Resume;
  /** The HTML of this build: the PDF is printed from it, never from a second parse. */
  html: string;
  options: RenderOptions;
  file: VFile;
  browser: BrowserManager | null;
}

async function render(format: Format, job: RenderJob): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return job.html;
    case 'docx': {
      const { toDocx } = await import('./render/docx/to-docx.js');
      return toDocx(job.resume, job.options, job.file);
    }
    case 'pdf': {
      const { toPdf } = await import('./render/pdf/to-pdf.js');
      return toPdf(job.html, job.browser!, { info: documentInfo(job.resume), generator: job.options.generator, date: job.options.date });
    }
  }
}

async function prepareOutDir(outDir: string, file: VFile): Promise<boolean> {
  try {
    await mkdir(outDir, { recursive: true });
    return true;
  } catch (error) {
    fail(file, `Cannot create the output folder \`${outDir}\` (${(error as NodeJS.ErrnoException).code ?? String(error)})`, undefined, 'output');
    return false;
  }
}

/** The timestamp outputs carry: `SOURCE_DATE_EPOCH` when set, else none, so builds repeat. */
export function buildDate(env: NodeJS.ProcessEnv): Date | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
}
