/** Whether every word of a Markdown file's own text reached an output's text. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { compact, words } from './words.js';

/** The words of the Markdown's own text, each once, read from its mdast: text, inline code and code, not front matter or raw HTML. */
export function sourceWords(markdown: string): string[] {
  return [...new Set(allSourceWords(markdown))];
}

/**
 * The words of `markdown` that `text` lacks, found however the output broke its lines (white
 * space ignored, quote styles and ligatures folded).
 */
export function missingWords(markdown: string, text: string): string[] {
  const found = compact(text);
  return sourceWords(markdown).filter((word) => !found.includes(compact(word)));
}

/**
 * The words of `markdown` that `text` holds fewer times than the source does (`at` in `Engineer
 * at Acme` is lost even when another `at` stands elsewhere). For outputs that break no word
 * across lines: the HTML, the DOCX and the plain text.
 */
export function missingWordCounts(markdown: string, text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of words(text).flatMap(segments)) counts.set(fold(word), (counts.get(fold(word)) ?? 0) + 1);
  return allSourceWords(markdown).filter((word) => {
    const left = counts.get(fold(word)) ?? 0;
    counts.set(fold(word), left - 1);
    return left <= 0;
  });
}

const fold = (word: string) => compact(word).toLowerCase();

function allSourceWords(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown) as Root;
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
  });
  return words(texts.join(' ')).flatMap(segments);
}

// Why: Chinese and Japanese write no spaces between words, so `株式会社ミライ（2020年4月` is one
// "word" to a split on spaces; the words a reader sees are the segmenter's.
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
// Between a CJK character (or full-width punctuation) and another, or the other way round.
const SCRIPT_BOUNDARY = /(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}：（）])(?=[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])|(?<=[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/u;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

function segments(word: string): string[] {
  // Full-width punctuation parts words as a space does (`Scholar，Hollins`).
  if (/[，、；：]/u.test(word)) return word.split(/[，、；：]+/u).flatMap((piece) => words(piece)).flatMap(segments);
  if (!CJK.test(word)) return [word];
  // `メール：anna@example.com`: the address is one word, the Japanese around it the segmenter's.
  return word.split(SCRIPT_BOUNDARY).flatMap((piece) =>
    CJK.test(piece) ? [...segmenter.segment(piece)].filter((segment) => segment.isWordLike).map((segment) => segment.segment) : words(piece),
  );
}
