/** Whether every word of a Markdown file's own text reached an output's text. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { compact, words } from './words.js';

/** The words of the Markdown's own text, read from its mdast: text, inline code and code, not front matter or raw HTML. */
export function sourceWords(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown) as Root;
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
  });
  return [...new Set(words(texts.join(' ')))];
}

/**
 * The words of `markdown` that `text` lacks, found however the output broke its lines (white
 * space ignored, quote styles and ligatures folded).
 */
export function missingWords(markdown: string, text: string): string[] {
  const found = compact(text);
  return sourceWords(markdown).filter((word) => !found.includes(compact(word)));
}
