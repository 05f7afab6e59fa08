/**
 * Fit a résumé to a number of pages (`--pages N`, front matter `pages`): the largest look of its theme
 * whose PDF takes at most N pages, found by printing a few tries on the warm browser. Every format then
 * renders with those tokens, so the DOCX shrinks with the PDF.
 */
import type { Point } from 'unist';
import { UserError, warn } from './diagnostics.js';
import type { GoodRendering } from './prepare-document.js';
import { toHtml } from './render/html/to-html.js';
import { lazyHtml } from './render-format.js';
import type { RenderOptions } from './render/options.js';
import type { BrowserManager } from './render/pdf/browser-manager.js';
import { LOAD_OPTIONS, PRINT_OPTIONS } from './render/pdf/to-pdf.js';
import { shrinkTokens } from './theme/shrink-tokens.js';
import type { Theme } from './theme/theme.js';

/**
 * Room kept free at the foot of every page of a try, in points (half a line of body text). Why:
 * LibreOffice and Word lay the same tokens out a point or two taller per page than Chrome; with this
 * room the DOCX takes no more pages than the PDF.
 */
const RESERVE_POINTS = 6;
const POINTS_PER_INCH = 72;

/** Halvings of the range between the theme's look and its floors: 1/64 of it, finer than a half point. */
const SEARCH_STEPS = 6;

/** One look tried: its options (without the reserve), and the pages its PDF takes with the reserve. */
interface Try {
  progress: number;
  options: RenderOptions;
  pdf: Uint8Array;
  pages: number;
}

/**
 * `document` with the tokens at which it fits on `target` pages, its HTML rendered with them; what was
 * chosen is an info message on its file, and a warning (placed at `place`, front matter `pages`, when
 * given) when even the theme's floors need more pages: the build then writes the floors.
 */
export async function fitPages(document: GoodRendering, target: number, browser: BrowserManager, place: Point | undefined, otherThemes: () => Promise<Theme[]>): Promise<GoodRendering> {
  const tryLook = (progress: number) => printTry(document, document.options.theme, progress, browser);
  let best = await tryLook(0);
  if (best.pages > target) {
    const floor = await tryLook(1);
    best = floor;
    if (floor.pages > target) {
      // The warning counts the pages of the PDF the build writes: the floors printed without the reserve.
      const written = await printTry(document, document.options.theme, 1, browser, 0);
      // Why: the night before a deadline, the way out may be a denser theme; only one that does fit is named.
      const fitting: string[] = [];
      for (const theme of await otherThemes()) if ((await printTry(document, theme, 1, browser)).pages <= target) fitting.push(theme.name);
      warn(document.file, await overflowMessage(written, target, fitting), place, 'fit-pages');
    } else {
      // The page count falls as the look shrinks: halve the range between a look that does not fit and one that does.
      let low = 0;
      let high = 1;
      for (let step = 0; step < SEARCH_STEPS; step += 1) {
        const middle = await tryLook((low + high) / 2);
        if (middle.pages <= target) [best, high] = [middle, middle.progress];
        else low = middle.progress;
      }
    }
  }
  if (best.pages <= target) document.file.info(fittedMessage(document.options, best, target), { place, ruleId: 'fit-pages', source: 'resume' });
  return { ...document, options: best.options, html: lazyHtml(document.resume, best.options) };
}

async function printTry(document: GoodRendering, theme: Theme, progress: number, browser: BrowserManager, reservePoints = RESERVE_POINTS): Promise<Try> {
  const tokens = shrinkTokens(theme.tokens, progress);
  const options = { ...document.options, theme: { ...theme, tokens } };
  const reserve = reservePoints / POINTS_PER_INCH;
  const page = { ...tokens.page, marginBottom: tokens.page.marginBottom + reserve };
  const html = await toHtml(document.resume, { ...options, theme: { ...theme, tokens: { ...tokens, page } } });
  const pdf = await browser
    .withPage(async (page) => {
      await page.setContent(html, LOAD_OPTIONS);
      return page.pdf(PRINT_OPTIONS);
    })
    .catch((error: unknown) => {
      // A browser that crashed or hung: a clear message, as when it prints the PDF.
      if (error instanceof UserError) throw error;
      throw new UserError(`the browser failed to lay it out: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    });
  return { progress, options, pdf, pages: countPages(pdf) };
}

/**
 * The pages of a PDF as Chrome prints it. Why a count of page objects and no PDF parser: Chrome writes
 * each page's dictionary uncompressed, once, and this runs on every try of the search.
 */
function countPages(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** `Fitted to 1 page: body 9.5 pt (95%), spacing 72%, margins 0.55 in`. */
function fittedMessage(original: RenderOptions, chosen: Try, target: number): string {
  const before = original.theme.tokens;
  const after = chosen.options.theme.tokens;
  if (chosen.progress === 0) return `Fits on ${pages(target)} at the theme's own sizes${chosen.pages < target ? ` (it takes ${chosen.pages})` : ''}`;
  const spacing = Math.round((after.space.paragraph / before.space.paragraph || 1) * 100);
  return `Fitted to ${pages(target)}: body ${after.size.body} pt (${Math.round((after.size.body / before.size.body) * 100)}%), spacing ${spacing}%, margins ${inches(after.page.marginLeft)} in`;
}

/** How far past `target` pages the theme's floors still run, in pages and text lines. */
async function overflowMessage(floor: Try, target: number, fittingThemes: string[]): Promise<string> {
  const { countPageLines } = await import('./check/read-pdf-text.js');
  const over = (await countPageLines(floor.pdf)).slice(target).reduce((sum, lines) => sum + lines, 0);
  const tokens = floor.options.theme.tokens;
  return `Does not fit on ${pages(target)} even at the theme's smallest (body ${tokens.size.body} pt, margins ${inches(tokens.page.marginLeft)} in): it takes ${pages(floor.pages)}, about ${over} ${over === 1 ? 'line' : 'lines'} over. The build writes it at that size; cut what matters least for the job (old roles, long bullets), or allow \`pages: ${floor.pages}\`${fittingThemes.length > 0 ? `; ${fittingThemes.map((name) => `\`--theme ${name}\``).join(' or ')} fits it on ${pages(target)}` : ''}`;
}

function inches(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function pages(count: number): string {
  return `${count} ${count === 1 ? 'page' : 'pages'}`;
}
