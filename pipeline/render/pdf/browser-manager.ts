/**
 * One browser per build, started first and early; a page per job, reused by later jobs.
 *
 * Why not `puppeteer.launch()`: the browser is spawned here, before Puppeteer is even imported, and
 * Puppeteer connects over the DevTools pipe once it has loaded. Importing Puppeteer takes ~0.1 s,
 * as long as the browser takes to start, so the two overlap instead of adding up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser, Page } from 'puppeteer-core/lib/esm/puppeteer/puppeteer-core-browser.js';
import { UserError } from '../../diagnostics.js';
import { findBrowser, type BrowserLocation } from './find-browser.js';
import { PipeTransport } from './pipe-transport.js';

const LAUNCH_TIMEOUT_MS = 30_000;
const PROTOCOL_TIMEOUT_MS = 30_000;
const STDERR_TAIL_BYTES = 4096;

// Why: as root Chromium needs --no-sandbox; the GPU and network services run inside the browser
// process instead of processes of their own (~40 ms less to start on two cores); the next ones are
// those of Puppeteer's defaults that matter for printing (sRGB colours, /dev/shm, tagged PDF) or
// stop background work; the resolver and proxy rules make sure nothing a page asks for (even a
// prefetch) can reach any host.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--in-process-gpu',
  '--disable-software-rasterizer',
  '--enable-features=NetworkServiceInProcess2',
  '--force-color-profile=srgb',
  '--disable-dev-shm-usage',
  '--export-tagged-pdf',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-breakpad',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--password-store=basic',
  '--use-mock-keychain',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--remote-debugging-pipe',
];

export interface BrowserManagerOptions {
  /** `--browser PATH` from the command line, or null. */
  flag: string | null;
  env: NodeJS.ProcessEnv;
  /** On abort the browser process is killed at once (Ctrl-C must leave no Chromium behind). */
  signal?: AbortSignal | undefined;
  /** How long a launch may take before it fails with a clear error; default 30 s. */
  launchTimeoutMs?: number;
}

/** A running browser: Puppeteer's handle, where it was found, and the process group to kill. */
export interface LaunchedBrowser {
  browser: Browser;
  location: BrowserLocation;
  pid: number;
}

interface Spawned {
  child: ChildProcess;
  profile: string;
}

/** Launches lazily (once), hands out pages, and closes everything on `close()`. */
export class BrowserManager implements AsyncDisposable {
  #launching: Promise<LaunchedBrowser> | null = null;
  #spawned: Spawned | null = null;
  #initialPage: Promise<Page | undefined> | null = null;
  readonly #idlePages: Page[] = [];
  #closing: Promise<void> | null = null;
  readonly #options: BrowserManagerOptions;

  constructor(options: BrowserManagerOptions) {
    this.#options = options;
    options.signal?.addEventListener('abort', () => void this.#kill(), { once: true });
  }

  /** Start the launch now (idempotent); call it early so it overlaps parsing and rendering. */
  launch(): Promise<LaunchedBrowser> {
    if (!this.#launching) {
      this.#launching = this.#start();
      // Why: the launch may fail before anyone awaits it; the error is reported when a page is asked for.
      this.#launching.catch(() => {});
    }
    return this.#launching;
  }

  /**
   * Run `job` with a page of its own. Every page runs no script and loads nothing but `data:` URLs.
   * Why pages are reused: a new page takes ~40 ms to open; a job's `setContent` replaces the
   * previous document whole. A page whose job failed is closed instead.
   */
  async withPage<T>(job: (page: Page) => Promise<T>): Promise<T> {
    const { browser } = await this.launch();
    const idle = this.#idlePages.pop();
    // Why again: the previous job may have changed the settings (Puppeteer skips the calls when not).
    const page = idle ? await lockSettings(idle) : ((await this.#takeInitialPage()) ?? (await lockDown(await browser.newPage())));
    try {
      const result = await job(page);
      this.#idlePages.push(page);
      return result;
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
  }

  /**
   * Stop the browser if it was started, and remove its profile. Why a kill and no `Browser.close`:
   * the profile is thrown away, so there is nothing to save, and a polite close takes ~60 ms.
   * Later calls wait for the same close.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      const launched = await this.#launching?.catch(() => null);
      launched?.browser.disconnect().catch(() => {});
      await this.#kill();
    })();
    return this.#closing;
  }

  /** The tab the browser opened at start, locked down while the launch finished, for the first job. */
  async #takeInitialPage(): Promise<Page | undefined> {
    const page = this.#initialPage;
    this.#initialPage = null;
    return (await page) ?? undefined;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #start(): Promise<LaunchedBrowser> {
    const location = await findBrowser(this.#options.flag, this.#options.env);
    this.#options.signal?.throwIfAborted();
    // Why synchronous: an await here would let the pipeline's loading run first and delay the spawn.
    const profile = mkdtempSync(join(tmpdir(), 'resume-chromium-'));
    const headless = basename(location.path).includes('headless') ? [] : ['--headless=new'];
    try {
      // Why detached: the browser gets a process group of its own, which `#kill` ends as a whole,
      // wrapper scripts and renderers included.
      const child = spawn(location.path, [...ARGS, ...headless, `--user-data-dir=${profile}`, 'about:blank'], {
        detached: true,
        env: this.#options.env,
        stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      });
      this.#spawned = { child, profile };
      const browser = await this.#connect(child);
      // Why: Puppeteer set up the tab the browser opened while it connected; locked down now, while
      // the document is still being rendered, it is ready for the first job at once.
      this.#initialPage = browser.pages().then(([page]) => page && lockDown(page)).catch(() => undefined);
      return { browser, location, pid: child.pid! };
    } catch (error) {
      if (this.#spawned) await this.#kill();
      else await removeProfile(profile);
      throw new UserError(`Could not start the browser at \`${location.path}\`: ${firstLine(error)}`);
    }
  }

  /** Puppeteer connected over the DevTools pipe (fds 3 and 4), or the reason the browser died or hung. */
  async #connect(child: ChildProcess): Promise<Browser> {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL_BYTES)));
    const timeoutMs = this.#options.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const failed = new Promise<never>((_resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`it exited (${signal ?? `code ${code}`}) at start${lastLine(stderr)}`)));
      timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for it to start${lastLine(stderr)}`)), timeoutMs);
    });
    // Why: the browser may die while Puppeteer still loads, before the race below awaits this.
    failed.catch(() => {});
    try {
      const { default: puppeteer } = await Promise.race([import('puppeteer-core/lib/esm/puppeteer/puppeteer-core-browser.js'), failed]);
      const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
      return await Promise.race([puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: PROTOCOL_TIMEOUT_MS }), failed]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kill the browser's whole process group and remove its profile. */
  async #kill(): Promise<void> {
    const spawned = this.#spawned;
    if (!spawned) return;
    this.#spawned = null;
    const { child, profile } = spawned;
    const running = child.exitCode === null && child.signalCode === null;
    const exited = running ? new Promise((resolve) => child.once('exit', resolve)) : null;
    try {
      if (child.pid !== undefined) process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    // Why: the pipes would close only when the last of the browser's processes is reaped; closed
    // now, Puppeteer drops its pending calls and their timers at once, and Node can exit.
    for (const stream of child.stdio) stream?.destroy();
    await exited;
    await removeProfile(profile);
  }
}

/** Remove a browser profile; best effort, as a leftover temporary folder must not fail a build. */
async function removeProfile(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function lastLine(stderr: string): string {
  const line = stderr.trim().split('\n').at(-1)?.trim();
  return line ? `: ${line}` : '';
}

/** No script, and every request but `data:` aborted (file:// is refused by Chrome itself). */
async function lockDown(page: Page): Promise<Page> {
  await lockSettings(page);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

async function lockSettings(page: Page): Promise<Page> {
  await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true), page.setBypassCSP(false)]);
  return page;
}
