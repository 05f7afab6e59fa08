/** `resume doctor`: what this machine offers the build — Node, the browser, the themes' fonts. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from './diagnostics.js';
import { findBrowser } from './render/pdf/find-browser.js';
import { listThemes, loadTheme } from './theme/load-theme.js';

const run = promisify(execFile);

/** Lines describing the environment; `ok` is false when the PDF cannot be built. */
export async function doctor(flag: string | null, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; lines: string[] }> {
  const lines = [`node      ${process.version} (${process.platform} ${process.arch})`];
  let ok = true;
  try {
    const browser = await findBrowser(flag, env);
    const version = await run(browser.path, ['--version'], { timeout: 10_000 }).then(({ stdout }) => stdout.trim(), () => 'version unknown');
    lines.push(`browser   ${browser.path} (${version}; found via ${browser.source})`);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ok = false;
    lines.push(`browser   none: ${error.message}`);
  }
  for (const name of await listThemes()) {
    const { tokens, fallbackFonts } = await loadTheme(name);
    const fallbacks = [...new Set(fallbackFonts.map((face) => face.family))].join(', ');
    lines.push(`theme     ${name}: ${tokens.fonts.body.family} (${tokens.fonts.body.fontsource}, ${tokens.fonts.body.ttf}); fallbacks: ${fallbacks}`);
  }
  return { ok, lines };
}
