/** Finds a Chrome or Chromium to print with, in the order DESIGN.md gives. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../diagnostics.js';

export interface BrowserLocation {
  path: string;
  /** Where it was found: the flag, the environment, a system path or Puppeteer's cache. */
  source: '--browser' | 'PUPPETEER_EXECUTABLE_PATH' | 'system' | 'puppeteer';
}

/** How to get a browser, named in every "not found" message. */
const HOW_TO_GET_A_BROWSER = [
  'install one (Debian/Ubuntu: `apt-get install chromium-headless-shell`)',
  'or let Puppeteer download one (`npx puppeteer browsers install chrome-headless-shell`)',
  'or point PUPPETEER_EXECUTABLE_PATH (or --browser) at a Chrome or Chromium executable',
].join(', ');

/** Known install paths, headless shells first: they start several times faster. */
function systemBrowserPaths(env: NodeJS.ProcessEnv, platform = process.platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  // Why the /usr/lib paths first: Debian's /usr/bin entries are shell scripts that run the browser
  // as a child, so a signal to the launched process would not reach the browser itself.
  return [
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium-headless-shell',
    '/usr/lib/chromium/headless_shell',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/**
 * The browser to launch: `--browser`, then `PUPPETEER_EXECUTABLE_PATH`, then a system browser,
 * then one Puppeteer downloaded. Throws a UserError naming the ways to get one.
 */
export async function findBrowser(flag: string | null, env: NodeJS.ProcessEnv): Promise<BrowserLocation> {
  if (flag) return explicit(flag, '--browser');
  if (env.PUPPETEER_EXECUTABLE_PATH) return explicit(env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH');
  const system = systemBrowserPaths(env).find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const downloaded = await puppeteerBrowser();
  if (downloaded) return { path: downloaded, source: 'puppeteer' };
  throw new UserError(`No Chrome or Chromium found to print the PDF: ${HOW_TO_GET_A_BROWSER}`);
}

function explicit(path: string, source: BrowserLocation['source']): BrowserLocation {
  if (!existsSync(path)) throw new UserError(`No browser at \`${path}\` (from ${source}): ${HOW_TO_GET_A_BROWSER}`);
  return { path, source };
}

/** A browser in Puppeteer's cache (`npx puppeteer browsers install ...`), or null. */
async function puppeteerBrowser(): Promise<string | null> {
  const { default: puppeteer } = await import('puppeteer');
  for (const options of [{ headless: 'shell' as const }, {}]) {
    try {
      const path = puppeteer.executablePath(options);
      if (existsSync(path)) return path;
    } catch {
      // Not installed for this platform or cache: try the next one.
    }
  }
  return null;
}
