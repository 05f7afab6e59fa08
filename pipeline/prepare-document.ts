/** One input ready to render: loaded into its résumé AST, with the theme and options; its HTML rendered on demand. */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { fail, UserError, warn } from './diagnostics.js';
import { loadDocument } from './load-document.js';
import { MASTER } from './model/variants/to-edition.js';
import type { Edition } from './model/variants/variant-tag.js';
import { closestMatch } from './model/closest-match.js';
import { paperForLanguage } from './model/paper-for-language.js';
import type { Paper, Resume } from './model/types.js';
import type { RenderOptions } from './render/options.js';
import type { BrowserManager } from './render/pdf/browser-manager.js';
import { lazyHtml } from './render-format.js';
import { DEFAULT_THEME, listThemes, loadTheme } from './theme/load-theme.js';
import { reportThemeError, ThemeError } from './theme/theme-error.js';
import type { Theme } from './theme/theme.js';

/** The command line's render flags, merged over front matter, plus the theme cache. */
export interface RenderSettings {
  /** Theme from the command line; wins over front matter. */
  theme: string | null;
  /** Paper from the command line; wins over front matter; default by the résumé's language (`en` Letter, `de` A4). */
  paper: Paper | null;
  /** Pages from the command line (`--pages`); wins over front matter `pages`. */
  pages?: number | null;
  /**
   * The browser that fits a document to its pages (it prints the tries); without one (a build of
   * JSON or text only) nothing is fitted.
   */
  browser?: BrowserManager | null;
  generator: string;
  date: Date | null;
  /** The themes folder. */
  stylesDir: string;
  /** Themes loaded so far, by name (one load per build; the dev server clears it when styles change). */
  themes: Map<string, Promise<Theme>>;
}

/** A document ready to render in any format. */
export interface GoodRendering {
  ok: true;
  file: VFile;
  resume: Resume;
  /** The defused mdast the résumé was built from (its front matter node included), for `resume check`. */
  tree: Root;
  options: RenderOptions;
  /** The standalone HTML, rendered at the first call and shared by later ones (the HTML and the PDF). */
  html: () => Promise<string>;
}

/** A document that stopped at an error; the reasons are messages on `file`. */
export interface FailedRendering {
  ok: false;
  file: VFile;
}

/** The outcome of `prepareDocument`. */
export type Rendering = GoodRendering | FailedRendering;

/** Prepare `edition` of `path` (default: the master) for rendering; every problem (warnings too) is a message on the returned file. */
export async function prepareDocument(path: string, settings: RenderSettings, edition: Edition = MASTER): Promise<Rendering> {
  const document = await loadDocument(path, edition);
  if (!document.ok) return document;
  const { file, resume, tree } = document;
  const fromFrontMatter = settings.theme === null && resume.meta.theme !== null;
  const place = fromFrontMatter ? resume.metaPlaces.theme : undefined;
  const theme = await resolveTheme(settings.theme ?? resume.meta.theme ?? DEFAULT_THEME, settings, file, place);
  if (!theme) return { ok: false, file };
  const options: RenderOptions = {
    theme,
    paper: settings.paper ?? resume.meta.paper ?? paperForLanguage(resume.meta.lang),
    generator: settings.generator,
    date: settings.date,
  };
  const rendering: GoodRendering = { ok: true, file, resume, tree, options, html: lazyHtml(resume, options) };
  const fromCommandLine = settings.pages ?? null;
  const pages = fromCommandLine ?? resume.meta.pages;
  if (pages === null || !settings.browser) return rendering;
  const { fitPages } = await import('./fit-pages.js');
  const pagesPlace = fromCommandLine === null ? resume.metaPlaces.pages : undefined;
  try {
    return await fitPages(rendering, pages, settings.browser, pagesPlace, () => otherThemes(theme.name, settings));
  } catch (error) {
    // Why a warning: without a browser the HTML and the DOCX are still worth writing, at the theme's sizes.
    if (!(error instanceof UserError)) throw error;
    warn(file, `Not fitted to ${pages} ${pages === 1 ? 'page' : 'pages'}: ${error.message}`, pagesPlace, 'fit-pages');
    return rendering;
  }
}

/** Every theme but `name` that loads, for suggesting one that fits a résumé on its pages; a broken one is left out, unreported. */
async function otherThemes(name: string, settings: RenderSettings): Promise<Theme[]> {
  const names = (await listThemes(settings.stylesDir)).filter((other) => other !== name);
  const themes = await Promise.all(names.map((other) => resolveTheme(other, settings, new VFile(), undefined)));
  return themes.filter((theme): theme is Theme => theme !== null);
}

/** The theme `name` from the cache or the themes folder; null (with an error on `file`) when it cannot be loaded. */
async function resolveTheme(name: string, settings: RenderSettings, file: VFile, place: Point | undefined): Promise<Theme | null> {
  try {
    let theme = settings.themes.get(name);
    if (!theme) {
      // Only a theme not loaded yet is looked for: one folder read per theme and build, not per document.
      const names = await listThemes(settings.stylesDir);
      // Matched as the command line matches `--theme`: whatever the case.
      const folder = names.find((known) => known.toLowerCase() === name.toLowerCase());
      if (!folder) {
        const where = place ? ' in front matter' : '';
        const near = closestMatch(name.toLowerCase(), names);
        fail(file, `Unknown theme \`${name}\`${where}, ${near ? `did you mean \`${near}\`? ` : ''}expected one of ${names.map((known) => `\`${known}\``).join(', ')}`, place, 'theme');
        return null;
      }
      theme = loadTheme(folder, settings.stylesDir);
      settings.themes.set(name, theme);
    }
    return await theme;
  } catch (error) {
    // Why: a broken theme is the user's to fix; while they edit `styles/` in dev, the next save retries.
    settings.themes.delete(name);
    // Problems in its tokens.json are reported at their lines there.
    if (error instanceof ThemeError) {
      reportThemeError(error, file);
      return null;
    }
    fail(file, `Cannot load the theme \`${name}\` from \`${settings.stylesDir}\`: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`, undefined, 'theme');
    return null;
  }
}
