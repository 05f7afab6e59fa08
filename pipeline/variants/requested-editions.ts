/** The editions a build or check of one input makes: the master, one variant, or every variant its front matter declares. */
import type { VFile } from 'vfile';
import { hasErrors, warn } from '../diagnostics.js';
import { parse } from '../parse.js';
import { readInput } from '../read-input.js';
import { declaredVariants } from '../model/variants/to-edition.js';
import type { Edition } from '../model/variants/variant-tag.js';

/** The editions to make, or the file that says why there are none. */
export type RequestedEditions = { ok: true; editions: Edition[] } | { ok: false; file: VFile };

/**
 * The editions of `path` that `variant` asks for: null the master, a name that variant, `all` each
 * declared variant (the file is read for them), after the master `withMaster`; each public when
 * `isPublic`.
 */
export async function requestedEditions(path: string, variant: string | null, isPublic: boolean, withMaster = false): Promise<RequestedEditions> {
  if (variant !== 'all') return { ok: true, editions: [{ variant, public: isPublic }] };
  // Why only read and parsed: the front matter names the variants; each edition is loaded whole later.
  const file = await readInput(path);
  const tree = hasErrors(file) ? null : parse(file);
  if (!tree || hasErrors(file)) return { ok: false, file };
  const names = (declaredVariants(tree, path) ?? []).map((declared) => declared.name);
  const editions = [...(withMaster ? [{ variant: null, public: isPublic }] : []), ...names.map((name): Edition => ({ variant: name, public: isPublic }))];
  if (editions.length > 0) return { ok: true, editions };
  warn(file, '`--variant all` built nothing: this résumé declares no variants; declare them in front matter, such as `variants: [academic, industry]`', { line: 1, column: 1 }, 'no-variants');
  return { ok: false, file };
}
