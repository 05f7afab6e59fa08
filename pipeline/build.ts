/** Reads each input, renders every requested format, writes outputs atomically. */
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import pMap from 'p-map';
import type { VFile } from 'vfile';
import { fail, UserError } from './diagnostics.js';
import { makeDirectory } from './make-directory.js';
import type { Paper } from './model/types.js';
import { prepareDocument, type GoodRendering, type RenderSettings } from './prepare-document.js';
import { renderFormat, type Format, type Turns } from './render-format.js';
import type { BrowserManager } from './render/pdf/browser-manager.js';
import { STYLES_DIR } from './theme/load-theme.js';
import { writeAtomic } from './write-atomic.js';
import type { Edition } from './model/variants/variant-tag.js';
import { mergeEditionFiles } from './variants/merge-edition-files.js';
import { requestedEditions } from './variants/requested-editions.js';

export interface BuildRequest {
  inputs: string[];
  outDir: string;
  formats: readonly Format[];
  /** Theme from the command line; wins over front matter. */
  theme: string | null;
  paper: Paper | null;
  /** `--pages N`: fit every document to N pages; wins over front matter; null for none. */
  pages?: number | null;
  /** `--variant NAME`: that declared variant, written as `DIR/FILE.NAME.html`…; `all` every one; null the master. */
  variant?: string | null;
  /** `--public`: leave out the phone number, the street and everything tagged private; written as `DIR/FILE.public.html`…. */
  public?: boolean;
  generator: string;
  /** Timestamp written into outputs; null writes none (see `buildDate`). */
  date: Date | null;
  /**
   * The browser that prints the PDFs and fits documents to their pages, started by the caller as
   * early as it can be; null when no format needs it. The build closes it once the last document
   * is printed: one browser, one build.
   */
  browser: BrowserManager | null;
  /** Aborting (Ctrl-C) removes temporary files and rejects. */
  signal?: AbortSignal;
}

export interface BuildResult {
  files: VFile[];
  written: string[];
}

/** Build every input of `request`; all problems are messages on the returned vfiles. */
export async function build(request: BuildRequest): Promise<BuildResult> {
  const settings: RenderSettings = { ...request, stylesDir: STYLES_DIR, themes: new Map() };
  // Why: the browser is closed as soon as the last PDF is printed, while it is finalized and the
  // files are written, not after.
  const printedBy = countdown(request.inputs.length, () => void request.browser?.close());
  // Why: documents render concurrently (the browser prints one while Node builds another's DOCX);
  // two per core keep both this thread and the browser busy (each document waits on the other in
  // turn), and the bound keeps a batch of many résumés from thrashing.
  const results = await pMap(
    request.inputs,
    async (input) => {
      const onPrinted = printedBy();
      try {
        return await buildInput(input, request, settings, onPrinted);
      } finally {
        onPrinted();
      }
    },
    { concurrency: 2 * availableParallelism() },
  );
  return { files: results.map((result) => result.file), written: results.flatMap((result) => result.written) };
}

/** Build the editions of `input` the request asks for; one file reports them all. */
async function buildInput(input: string, request: BuildRequest, settings: RenderSettings, onPrinted: () => void): Promise<{ file: VFile; written: string[] }> {
  const requested = await requestedEditions(input, request.variant ?? null, request.public ?? false);
  if (!requested.ok) return { file: requested.file, written: [] };
  // Why a count: the input is printed once every edition's PDF is.
  const printedBy = countdown(requested.editions.length, onPrinted);
  const results = await Promise.all(
    requested.editions.map(async (edition) => {
      const printedOne = printedBy();
      try {
        return await buildOne(input, edition, request, settings, printedOne);
      } finally {
        printedOne();
      }
    }),
  );
  return { file: mergeEditionFiles(results.map((result) => result.file), requested.editions), written: results.flatMap((result) => result.written) };
}

async function buildOne(input: string, edition: Edition, request: BuildRequest, settings: RenderSettings, onPrinted: () => void): Promise<{ file: VFile; written: string[] }> {
  const document = await prepareDocument(input, settings, edition);
  const { file } = document;
  if (!document.ok || !(await prepareOutDir(request.outDir, file))) return { file, written: [] };
  let onSent = () => {};
  const sent = request.formats.includes('pdf') ? new Promise<void>((resolve) => (onSent = resolve)) : undefined;
  const turns = { onSent, sent, onPrinted };
  const written = await Promise.all(
    request.formats.map(async (format) => {
      // Why `.public` too: a public edition never overwrites the full one of the same name, and its files say what they are.
      const target = join(request.outDir, `${basename(input, extname(input))}${edition.variant === null ? '' : `.${edition.variant}`}${edition.public ? '.public' : ''}.${format}`);
      return (await writeFormat(format, document, target, request.browser, turns, request.signal)) ? [target] : [];
    }),
  );
  return { file, written: written.flat() };
}

/**
 * Calls `whenAll` once `count` parties have each said they are done: each call of the result makes a
 * party's callback, which counts once however often it is called.
 */
function countdown(count: number, whenAll: () => void): () => () => void {
  let left = count;
  return () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      left -= 1;
      if (left === 0) whenAll();
    };
  };
}

/**
 * Render `format` of `document` and write it to `target` atomically; true once written. A
 * renderer's refusal or a file-system error becomes an error on the document's file, and the
 * previous `target` stays; any other error is a bug and is thrown.
 */
export async function writeFormat(format: Format, document: GoodRendering, target: string, browser: BrowserManager | null, turns: Turns = {}, signal?: AbortSignal): Promise<boolean> {
  try {
    await writeAtomic(target, await renderFormat(format, document, browser, document.file, turns), signal);
    return true;
  } catch (error) {
    signal?.throwIfAborted();
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof UserError) fail(document.file, `${format.toUpperCase()} not written: ${error.message}`, undefined, `render-${format}`);
    // A system error of the file system (EACCES, ENOSPC…).
    else if (code && /^E[A-Z]+$/.test(code)) fail(document.file, `Cannot write \`${target}\` (${code}); the previous file, if any, is untouched`, undefined, 'output');
    else throw error;
    return false;
  }
}

/** Create `outDir`; an error on `file` when it cannot be. */
export async function prepareOutDir(outDir: string, file: VFile): Promise<boolean> {
  try {
    await makeDirectory(outDir);
    return true;
  } catch (error) {
    fail(file, `Cannot create the output folder \`${outDir}\` (${(error as NodeJS.ErrnoException).code ?? String(error)})`, undefined, 'output');
    return false;
  }
}
