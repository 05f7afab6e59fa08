/** Markdown → mdast with unified: GFM, YAML front matter, resolved references, the language's quotes. */
import type { Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkInlineLinks from 'remark-inline-links';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { fail, warn } from './diagnostics.js';
import { primaryLanguage } from './model/language.js';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  // Why: resolving `[Fn]` + `[Fn]: url` into plain links once means no renderer needs definitions.
  .use(remarkInlineLinks)
  .freeze();

// Straight double quotes become the quotes of the résumé's language (front matter `lang`). Why the single
// quotes stay English everywhere: the same mark is the apostrophe (`gibt’s`, `l’équipe`), which must stay `’`.
const DOUBLE_QUOTES: Record<string, [string, string]> = {
  de: ['„', '“'],
  fr: ['«', '»'],
  es: ['«', '»'],
  it: ['«', '»'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  pl: ['„', '”'],
  cs: ['„', '“'],
  ja: ['「', '」'],
};
// Written without spaces between words, so which side a quote opens cannot be told from spacing.
const UNSPACED_LANGUAGES = new Set(['ja', 'zh', 'ko']);
const quoting = new Map<string, ReturnType<typeof unified>>();

/** The processor that curls quotes for `lang`; dashes, ellipses and backticks stay as the user typed them. */
function quotesFor(lang: string): ReturnType<typeof unified> {
  const primary = primaryLanguage(lang);
  const key = DOUBLE_QUOTES[primary] ? primary : 'en';
  let found = quoting.get(key);
  if (!found) {
    const [open, close] = DOUBLE_QUOTES[key] ?? ['“', '”'];
    const options = { quotes: true, dashes: false, ellipses: false, backticks: false, openingQuotes: { double: open, single: '‘' }, closingQuotes: { double: close, single: '’' } } as const;
    found = unified().use(remarkSmartypants, options).freeze() as unknown as ReturnType<typeof unified>;
    quoting.set(key, found);
  }
  return found;
}

/** Straight double quotes of each text in `tree`, opening and closing by turns: `彼は"はい"と` → `彼は「はい」と`. */
function pairQuotes(tree: Root, [open, close]: [string, string]): void {
  visit(tree, 'text', (node: Text) => {
    let opened = false;
    node.value = node.value.replace(/"/gu, () => ((opened = !opened) ? open : close));
  });
}

/**
 * French sets its guillemets apart with no-break spaces (`« bonjour »`). Why after smartypants and
 * not as its quote strings: it counts one character per quote and would cut the text short.
 */
function spaceFrenchQuotes(tree: Root): void {
  visit(tree, 'text', (node: Text) => {
    node.value = node.value.replace(/«[ \u00a0\u202f]?/gu, '«\u00a0').replace(/[ \u00a0\u202f]?»/gu, '\u00a0»');
  });
}

/** The `lang` front matter sets, read loosely (the front-matter reader reports any problem with it); `en` when none. */
function frontMatterLang(tree: Root): string {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return 'en';
  try {
    const data: unknown = parseYaml(node.value, { maxAliasCount: 50 });
    const lang = data && typeof data === 'object' ? (data as { lang?: unknown }).lang : undefined;
    return typeof lang === 'string' ? lang : 'en';
  } catch {
    return 'en';
  }
}

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
  const parsed = processor.runSync(processor.parse(file), file) as Root;
  const lang = frontMatterLang(parsed);
  const primary = primaryLanguage(lang);
  if (UNSPACED_LANGUAGES.has(primary)) pairQuotes(parsed, DOUBLE_QUOTES[primary] ?? ['“', '”']);
  const tree = quotesFor(lang).runSync(parsed, file) as Root;
  if (primary === 'fr') spaceFrenchQuotes(tree);
  // Why: remark-frontmatter reads an opening `---` without its closing line as a rule and text.
  if (YAML_FENCE.test(firstLine) && tree.children[0]?.type !== 'yaml') {
    warn(file, 'Front matter is not closed: expected a closing `---` line; it is read as Markdown', { line: 1, column: 1 }, 'front-matter-unclosed');
  }
  return tree;
}
