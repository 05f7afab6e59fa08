/** Markdown → mdast with unified: GFM, YAML front matter, resolved references, smart quotes. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkInlineLinks from 'remark-inline-links';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { fail, warn } from './diagnostics.js';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  // Why: resolving `[Fn]` + `[Fn]: url` into plain links once means no renderer needs definitions.
  .use(remarkInlineLinks)
  // Quotes only: dashes, ellipses and backticks stay as the user typed them.
  .use(remarkSmartypants, { quotes: true, dashes: false, ellipses: false, backticks: false })
  .freeze();

// Front matter fences of other languages (`---js`, `---toml`, `+++`): refused, never evaluated.
const FOREIGN_FENCE = /^(?:\uFEFF)?(?:---[ \t]*[A-Za-z]\S*|\+\+\+|;;;)[ \t]*\r?$/;
const YAML_FENCE = /^(?:\uFEFF)?---[ \t]*\r?$/;

/** Parse `file` into mdast with positions; problems are recorded on `file`. */
export function parse(file: VFile): Root {
  const firstLine = String(file.value).split('\n', 1)[0] ?? '';
  const fence = FOREIGN_FENCE.exec(firstLine);
  if (fence) {
    fail(file, `Unexpected \`${fence[0].trim()}\` front matter, expected YAML between \`---\` lines`, { line: 1, column: 1 }, 'front-matter-language');
  }
  const tree = processor.runSync(processor.parse(file), file) as Root;
  // Why: remark-frontmatter reads an opening `---` without its closing line as a rule and text.
  if (YAML_FENCE.test(firstLine) && tree.children[0]?.type !== 'yaml') {
    warn(file, 'Front matter is not closed: expected a closing `---` line; it is read as Markdown', { line: 1, column: 1 }, 'front-matter-unclosed');
  }
  return tree;
}
