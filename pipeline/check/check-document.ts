/** `resume check` on one file: load it as the build does, then run every rule it does not ignore. */
import type { VFile } from 'vfile';
import { loadDocument } from '../load-document.js';
import { frontMatterIgnores } from './front-matter-ignores.js';
import { runRules } from './run-rules.js';
import { monthOf } from './year-month.js';

/** What the command line gives the check. */
export interface CheckOptions {
  /** The day to check dates against; the CLI passes `SOURCE_DATE_EPOCH` or the clock. */
  today: Date;
  /** Rule ids turned off for this run, besides those the file's front matter turns off. */
  ignore: readonly string[];
}

/**
 * Check `path`: its loading messages (the build's warnings and errors) and then each rule's, all on the
 * returned file. A file that does not load is not checked further.
 */
export async function checkDocument(path: string, options: CheckOptions): Promise<VFile> {
  const document = await loadDocument(path);
  if (!document.ok) return document.file;
  const { file, resume, tree } = document;
  const ignored = new Set([...options.ignore, ...frontMatterIgnores(tree, file)]);
  runRules({ resume, source: String(file.value), today: monthOf(options.today) }, file, ignored);
  return file;
}
