/** The front matter of a loaded document, read again for the settings of `resume check`. */
import type { Root, Yaml } from 'mdast';
import { VFile } from 'vfile';
import { readFrontMatter, type FrontMatter } from '../model/front-matter.js';

/** The front matter of `tree`, or none; its problems are not reported again. */
export function frontMatterOf(tree: Root, path: string): FrontMatter {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  // Why a scratch file: loading the document read this front matter already and reported its problems.
  return readFrontMatter(node, new VFile({ path }));
}
