/** One browser per build, launched once and early; a page per job, closed in `finally`. */
import { basename } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { UserError } from '../../diagnostics.js';
import { findBrowser, type BrowserLocation } from './find-browser.js';

const LAUNCH_TIMEOUT_MS = 30_000;
const PROTOCOL_TIMEOUT_MS = 30_000;

// Why: as root Chromium needs --no-sandbox; the rest stop background traffic, and the resolver and
// proxy rules make sure nothing a page asks for (even a prefetch) can reach any host.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
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

/** Launches lazily (once), hands out pages, and closes everything on `close()`. */
export class BrowserManager implements AsyncDisposable {
  #launching: Promise<{ browser: Browser; location: BrowserLocation }> | null = null;
  readonly #options: BrowserManagerOptions;

  constructor(options: BrowserManagerOptions) {
    this.#options = options;
    options.signal?.addEventListener('abort', () => void this.#launching?.then(({ browser }) => killProcessGroup(browser), () => {}), { once: true });
  }

  /** Start the launch now (idempotent); call it early so it overlaps parsing and rendering. */
  launch(): Promise<{ browser: Browser; location: BrowserLocation }> {
    if (!this.#launching) {
      this.#launching = this.#start();
      // Why: the launch may fail before anyone awaits it; the error is reported when a page is asked for.
      this.#launching.catch(() => {});
    }
    return this.#launching;
  }

  /** Run `job` with a fresh page, closing the page whatever happens. */
  async withPage<T>(job: (page: Page) => Promise<T>): Promise<T> {
    const { browser } = await this.launch();
    const page = await browser.newPage();
    try {
      return await job(page);
    } finally {
      await page.close().catch(() => {});
    }
  }

  /** Close the browser if it was launched. */
  async close(): Promise<void> {
    const launching = this.#launching;
    if (!launching) return;
    const launched = await launching.catch(() => null);
    if (!launched) return;
    await launched.browser.close().catch(() => {});
    // Why: a wrapper script may have exited while the browser it started lingers.
    killProcessGroup(launched.browser);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #start() {
    const location = await findBrowser(this.#options.flag, this.#options.env);
    const { default: puppeteer } = await import('puppeteer-core');
    try {
      const browser = await puppeteer.launch({
        executablePath: location.path,
        headless: basename(location.path).includes('headless') ? 'shell' : true,
        args: ARGS,
        timeout: this.#options.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS,
        protocolTimeout: PROTOCOL_TIMEOUT_MS,
        // Why: the CLI handles signals itself, so it can also remove temporary files first.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return { browser, location };
    } catch (error) {
      throw new UserError(`Could not start the browser at \`${location.path}\`: ${firstLine(error)}`);
    }
  }
}

/**
 * Kill the browser and every process it started. Why the group: Puppeteer starts the browser
 * detached in a process group of its own, and a wrapper script may stand between them.
 */
function killProcessGroup(browser: Browser): void {
  const pid = browser.process()?.pid;
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
