/** Reads each input, renders every requested format, writes outputs atomically. */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import pMap from 'p-map';
import type { VFile } from 'vfile';
import { fail, hasErrors, UserError } from './diagnostics.js';
import type { Paper, Resume } from './model/types.js';
import { defuseUnsafeContent } from './model/defuse-unsafe-content.js';
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

export const FORMATS = ['html', 'pdf', 'docx', 'json', 'txt'] as const;
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
  /** Aborting (Ctrl-C) kills the browser at once, removes temporary files and rejects. */
  signal?: AbortSignal;
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
  const manager = new BrowserManager({ flag: request.browser, env: request.env, signal: request.signal });
  void manager.launch();
  return manager;
}

async function buildAll(request: BuildRequest, browser: BrowserManager | null): Promise<BuildResult> {
  const context: BuildContext = { request, browser, themeNames: await listThemes(), themes: new Map() };
  // Why: documents render concurrently (the browser prints one while Node builds another's DOCX),
  // bounded by the cores so a batch of many résumés does not thrash.
  const results = await pMap(request.inputs, (input) => buildOne(input, context), { concurrency: availableParallelism() });
  return { files: results.map((result) => result.file), written: results.flatMap((result) => result.written) };
}

interface BuildContext {
  request: BuildRequest;
  browser: BrowserManager | null;
  themeNames: string[];
  /** Each theme is loaded once per build, however many inputs use it. */
  themes: Map<string, Promise<Theme>>;
}

async function buildOne(input: string, context: BuildContext): Promise<{ file: VFile; written: string[] }> {
  const { request, browser, themeNames, themes } = context;
  const file = await readInput(input);
  if (hasErrors(file)) return { file, written: [] };
  const tree = parse(file);
  if (hasErrors(file)) return { file, written: [] };
  defuseUnsafeContent(tree, file);
  const resume = toResume(tree, file);
  const themeName = request.theme ?? resume.meta.theme ?? DEFAULT_THEME;
  if (!themeNames.includes(themeName)) {
    const place = tree.children.find((node) => node.type === 'yaml');
    fail(file, `Unknown theme \`${themeName}\` in front matter, expected one of ${themeNames.map((name) => `\`${name}\``).join(', ')}`, place, 'theme');
  }
  if (hasErrors(file) || !(await prepareOutDir(request.outDir, file))) return { file, written: [] };
  if (!themes.has(themeName)) themes.set(themeName, loadTheme(themeName));
  const theme = await themes.get(themeName)!.catch((error: Error) => {
    fail(file, `Theme \`${themeName}\` could not be loaded: ${error.message.split('\n')[0]}`, undefined, 'theme');
    return null;
  });
  if (!theme) return { file, written: [] };
  const options: RenderOptions = {
    theme,
    paper: request.paper ?? resume.meta.paper ?? 'letter',
    generator: request.generator,
    date: request.date,
  };
  const job: RenderJob = { resume, html: toHtml(resume, options), options, file, browser };
  const written = await Promise.all(
    request.formats.map(async (format) => {
      const target = join(request.outDir, `${basename(input, extname(input))}.${format}`);
      try {
        const data = await render(format, job);
        await writeAtomic(target, data, request.signal);
        return [target];
      } catch (error) {
        request.signal?.throwIfAborted();
        const code = (error as NodeJS.ErrnoException).code;
        if (error instanceof UserError) fail(file, `${format.toUpperCase()} not written: ${error.message}`, undefined, `render-${format}`);
        else if (code) fail(file, `Cannot write \`${target}\` (${code}); the previous file, if any, is untouched`, undefined, 'output');
        else throw error;
        return [];
      }
    }),
  );
  return { file, written: written.flat() };
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
      // Why: the DOCX is CPU work on this thread; started after the browser is up, it no longer
      // delays the launch handshake, and it runs while the browser prints.
      await job.browser?.launch().catch(() => {});
      const { toDocx } = await import('./render/docx/to-docx.js');
      return toDocx(job.resume, job.options, job.file);
    }
    case 'json': {
      const { toJsonResume } = await import('./render/json-resume/to-json-resume.js');
      return toJsonResume(job.resume);
    }
    case 'txt': {
      const { toText } = await import('./render/text/to-text.js');
      return toText(job.resume);
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
