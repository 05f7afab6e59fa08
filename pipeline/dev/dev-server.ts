/** `resume dev`: serves a live preview, re-renders on save, and keeps the PDF and DOCX up to date. */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { VFile } from 'vfile';
import { UserError } from '../diagnostics.js';
import { formatMessages } from '../format-messages.js';
import type { Paper } from '../model/types.js';
import { BrowserManager } from '../render/pdf/browser-manager.js';
import { STYLES_DIR } from '../theme/load-theme.js';
import type { Theme } from '../theme/theme.js';
import { EventStream } from './event-stream.js';
import { latestOnly } from './latest-only.js';
import { previewRoutes } from './preview-routes.js';
import { prepareDocument, type GoodRendering } from '../prepare-document.js';
import { watchSources, type SourceWatcher } from './watch-sources.js';
import { writeOutputs } from './write-outputs.js';

/** What `resume dev` needs: the CLI's flags, the environment and a terminal to log to. */
export interface DevServerOptions {
  /** The Markdown file to preview and watch. */
  file: string;
  /** Port on 127.0.0.1 (the CLI's default is 4000); 0 picks a free one, named in `url` and in the log. */
  port: number;
  /** Folder where NAME.html, .pdf and .docx are rewritten after each good save. */
  outDir: string;
  /** `--theme`, or null for front matter `theme`, else `classic`. */
  theme: string | null;
  /** `--paper`, or null for front matter `paper`, else `letter`. */
  paper: Paper | null;
  /** `--browser PATH`, or null to search (see find-browser.ts). */
  browser: string | null;
  env: NodeJS.ProcessEnv;
  /** Name and version of the tool, written into the outputs. */
  generator: string;
  /** Timestamp written into the outputs (`buildDate(env)`); null writes none. */
  date: Date | null;
  /** Terminal output, one line a call: the URL, timings, `FILE:LINE:COL: error: ...` diagnostics. */
  log: (line: string) => void;
  /** Themes folder to load and watch; default the tool's `styles/`. */
  stylesDir?: string;
  /** Quiet time that ends a burst of file events, in ms; default 10. */
  debounceMs?: number;
}

/** A running dev server; `close()` (or `await using`) stops the watcher, the pages' streams, the server and the browser. */
export interface DevServer extends AsyncDisposable {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  close(): Promise<void>;
}

/** A render after a save (or at start), or throwaway renders that warm up the JIT. */
type PreviewJob = { kind: 'render'; styles: boolean; at: number; after: 'the save' | 'start' } | { kind: 'warm-up' };

// Why: the first renders run cold (parse and toHtml take ~150 ms, warm ~45 ms); a few throwaway renders
// after start, while the browser launches, make the first save as fast as the later ones.
const WARM_UP_RENDERS = 3;

interface FilesJob {
  rendering: GoodRendering;
  at: number;
  after: 'the save' | 'start';
}

/** Serve the preview of `options.file` and keep it and the outputs current; rejects with a UserError when the port is taken or the folders cannot be watched. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { file, log } = options;
  const stylesDir = options.stylesDir ?? STYLES_DIR;
  const themes = new Map<string, Promise<Theme>>();
  const events = new EventStream();
  const session = randomBytes(4).toString('hex');
  let good: { html: string; revision: string } | null = null;
  let problems: string | null = null;
  let renders = 0;
  let closed = false;
  let lastOutputReport = '';

  const server = createServer(
    previewRoutes({ file, html: () => good?.html ?? null, revision: () => good?.revision ?? `${session}-0`, problems: () => problems }, events),
  );
  // Why first: a taken port fails before any browser is started.
  const url = `http://127.0.0.1:${await listen(server, options.port)}/`;
  const browser = new BrowserManager({ flag: options.browser, env: options.env });
  void browser.launch();

  const logMessages = (files: VFile[]) => {
    const text = formatMessages(files);
    if (text) for (const line of text.split('\n')) log(line);
    return text;
  };
  const internalError = (error: unknown) => {
    log('resume dev: internal error, this is a bug; please report it with the input that caused it.');
    for (const line of ((error as Error).stack ?? String(error)).split('\n')) log(line);
  };
  const showProblems = (text: string) => {
    problems = text;
    events.send({ event: 'problems', data: { text } });
  };

  const outputs = latestOnly<FilesJob>(async ({ rendering, at, after }) => {
    const report = await writeOutputs(rendering, {
      outDir: options.outDir,
      browser,
      superseded: () => closed || outputs.pending(),
      onWritten: (path) => log(`wrote ${path} ${since(at, after)}`),
    });
    // Why: without a browser every save would repeat the same "PDF not written" lines.
    const text = formatMessages([report]);
    if (text !== lastOutputReport) logMessages([report]);
    lastOutputReport = text;
  }, internalError);

  // Why the browser: front matter `pages` fits the preview as it fits the build.
  const renderSettings = { theme: options.theme, paper: options.paper, browser, generator: options.generator, date: options.date, stylesDir, themes };
  const previews = latestOnly<PreviewJob>(async (job) => {
    if (job.kind === 'warm-up') {
      for (let index = 0; index < WARM_UP_RENDERS && !closed && !previews.pending(); index++) {
        const warm = await prepareDocument(file, renderSettings);
        if (warm.ok) await warm.html();
        await new Promise(setImmediate);
      }
      return;
    }
    if (job.styles) themes.clear();
    let rendering;
    let html: string | null = null;
    try {
      rendering = await prepareDocument(file, renderSettings);
      if (rendering.ok) html = await rendering.html();
    } catch (error) {
      internalError(error);
      showProblems(`${file}: error: internal error while rendering, see the terminal`);
      return;
    }
    if (closed) return;
    const text = logMessages([rendering.file]);
    if (!rendering.ok || html === null) {
      showProblems(text);
      log(`kept the last good preview and files ${since(job.at, job.after)}`);
      return;
    }
    // Why: editors and `touch` fire events without a change; nothing to push or write then.
    if (html === good?.html && problems === null) return;
    renders += 1;
    good = { html, revision: `${session}-${renders}` };
    problems = null;
    events.send({ event: 'update', data: { html: good.html }, id: good.revision });
    log(`updated the preview ${since(job.at, job.after)}`);
    outputs.push({ rendering, at: job.at, after: job.after });
  }, internalError);

  let watcher: SourceWatcher | null = null;
  const close = async () => {
    closed = true;
    watcher?.close();
    previews.clear();
    outputs.clear();
    events.close();
    await stopServer(server);
    await previews.idle();
    await outputs.idle();
    await browser.close();
  };
  try {
    watcher = watchSources(
      { file, stylesDir, debounceMs: options.debounceMs ?? 10, onError: (error) => log(`resume dev: stopped watching: ${error.message}`) },
      (change) => previews.push({ kind: 'render', styles: change.styles, at: change.at, after: 'the save' }),
    );
    previews.push({ kind: 'render', styles: false, at: performance.now(), after: 'start' });
    await previews.idle();
  } catch (error) {
    await close();
    throw error;
  }
  previews.push({ kind: 'warm-up' });
  log(`serving ${file} at ${url} (writing to ${options.outDir})`);
  let closing: Promise<void> | null = null;
  const stop = () => (closing ??= close());
  return { url, close: stop, [Symbol.asyncDispose]: stop };
}

/** Listen on loopback only; the port actually bound (useful with 0). */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what uses it, or pass another port (0 picks a free one)` : `Cannot listen on 127.0.0.1:${port} (${error.code ?? error.message})`;
      reject(new UserError(reason));
    };
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stop accepting, drop open connections (event streams stay open otherwise), and wait until closed. */
function stopServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function since(at: number, after: FilesJob['after']): string {
  return `${Math.round(performance.now() - at)} ms after ${after}`;
}
