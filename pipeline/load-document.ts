/** One input up to its résumé AST: read, parse, defuse unsafe content, read images, model. `build`, `dev` and `inspect` all start here. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hasErrors } from './diagnostics.js';
import { imageLoader } from './load-images.js';
import { defuseUnsafeContent } from './model/defuse-unsafe-content.js';
import { toEdition, MASTER } from './model/variants/to-edition.js';
import type { Edition } from './model/variants/variant-tag.js';
import type { Resume } from './model/types.js';
import { parse } from './parse.js';
import { readInput } from './read-input.js';

/** A document that reached its résumé AST. */
export interface LoadedDocument {
  ok: true;
  file: VFile;
  resume: Resume;
  /** The defused mdast the résumé was built from (its front matter node included), for `resume check`. */
  tree: Root;
}

/** A document that stopped at an error; the reasons are messages on `file`. */
export interface FailedDocument {
  ok: false;
  file: VFile;
}

/** Load `path` into the résumé AST of `edition` (default: the master); every problem (warnings too) is a message on the returned file. */
export async function loadDocument(path: string, edition: Edition = MASTER): Promise<LoadedDocument | FailedDocument> {
  const file = await readInput(path);
  if (hasErrors(file)) return { ok: false, file };
  const tree = parse(file);
  if (hasErrors(file)) return { ok: false, file };
  // Why before the model: every format, and `inspect`, see the same defused tree and warnings.
  defuseUnsafeContent(tree, file);
  // Why before the model too: a remote image becomes its alt text before any convention reads the tree.
  const images = await imageLoader(path, file);
  await images.loadImages(tree);
  const resume = await images.loadPhoto(toEdition(tree, file, edition));
  if (hasErrors(file)) return { ok: false, file };
  return { ok: true, file, resume, tree };
}
