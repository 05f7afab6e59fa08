/**
 * `resume check` on one file: load each edition as the build does (the master and every declared
 * variant, or the one asked for), then run every rule it does not ignore; with `--ats`, build its PDF
 * and DOCX in memory, read them back as a parser does, and run the rules on them.
 */
import type { VFile } from 'vfile';
import { loadDocument } from '../load-document.js';
import { prepareDocument, type GoodRendering, type RenderSettings } from '../prepare-document.js';
import type { BrowserManager } from '../render/pdf/browser-manager.js';
import { atsReport } from './ats-report.js';
import { compareWords } from './compare-words.js';
import { expectedWords } from './expected-words.js';
import { frontMatterIgnores } from './front-matter-ignores.js';
import { frontMatterOf } from './front-matter-of.js';
import { readBack } from './read-back.js';
import { readingWords } from './reading-words.js';
import type { CheckContext, Reading } from './rule.js';
import { DEFAULT_PAGES } from './rules/length.js';
import { runBuiltRules, runRules } from './run-rules.js';
import { monthOf } from './year-month.js';
import { MASTER } from '../model/variants/to-edition.js';
import type { Edition } from '../model/variants/variant-tag.js';
import { mergeEditionFiles } from '../variants/merge-edition-files.js';
import { requestedEditions } from '../variants/requested-editions.js';

/** What the command line gives the check. */
export interface CheckOptions {
  /** The day to check dates against; the CLI passes `SOURCE_DATE_EPOCH` or the clock. */
  today: Date;
  /** Rule ids turned off for this run, besides those the file's front matter turns off. */
  ignore: readonly string[];
  /** With `--ats`: how to build the PDF and DOCX to read back; absent, nothing is built. */
  ats?: AtsOptions | undefined;
  /** The edition to check (`--variant`, `--public`); a null variant checks the master and every declared variant. */
  edition?: Edition;
}

/** How `--ats` builds the files it reads back: as `resume build` would. */
export interface AtsOptions {
  /** The browser that prints the PDF, shared by every file of the run; the caller closes it. */
  browser: BrowserManager;
  /** The build's render settings (front matter decides theme and paper). */
  settings: RenderSettings;
  /** Aborting (Ctrl-C) kills the browser and rejects. */
  signal?: AbortSignal | undefined;
}

/**
 * Check `path`: its loading messages (the build's warnings and errors) and then each rule's, all on the
 * returned file, each message once, saying which editions it is about when not all; with `ats`, the
 * rules on the built files too, and the report of what a parser finds in `file.data.ats` (of the master,
 * or of the variant asked for). A file that does not load is not checked further.
 */
export async function checkDocument(path: string, options: CheckOptions): Promise<VFile> {
  const { variant, public: isPublic } = options.edition ?? MASTER;
  const requested = await requestedEditions(path, variant ?? 'all', isPublic, variant === null);
  if (!requested.ok) return requested.file;
  const files = await Promise.all(requested.editions.map((edition) => checkEdition(path, edition, options)));
  return mergeEditionFiles(files, requested.editions);
}

async function checkEdition(path: string, edition: Edition, options: CheckOptions): Promise<VFile> {
  // Why both: `--ats` loads the document as the build does, with its theme; without it, no theme is needed.
  const rendering = options.ats ? await prepareDocument(path, options.ats.settings, edition) : null;
  const document = rendering ?? (await loadDocument(path, edition));
  if (!document.ok) return document.file;
  const { file, resume, tree } = document;
  const ignored = new Set([...options.ignore, ...frontMatterIgnores(tree, file)]);
  const context: CheckContext = { resume, source: String(file.value), today: monthOf(options.today) };
  runRules(context, file, ignored);
  if (options.ats && rendering?.ok) await checkBuilt(rendering, context, ignored, options.ats);
  return file;
}

/** Build the PDF and the DOCX of `document`, read them back, compare their words, run the rules on them. */
async function checkBuilt(document: GoodRendering, context: CheckContext, ignored: ReadonlySet<string>, ats: AtsOptions): Promise<void> {
  const { file, resume, tree } = document;
  const frontMatter = frontMatterOf(tree, file.path);
  const expected = expectedWords(resume, context.source, { name: frontMatter.places.name });
  const texts = expected.map((word) => word.text);
  const readings = (await readBack(document, ats.browser, ats.signal)).map((read): Reading => {
    const words = read.lines.flatMap(readingWords);
    return { readBack: read, words, comparison: compareWords(texts, words) };
  });
  // Why the résumé's: a variant may set its own `pages`.
  const pages = { limit: resume.meta.pages ?? DEFAULT_PAGES, place: resume.metaPlaces.pages };
  runBuiltRules({ ...context, readings, expected, pages }, file, ignored);
  file.data.ats = atsReport(resume, expected.length, readings);
}
