/** Reads a raw HTML block made only of links (`<p><a href="mailto:…">…</a> · <a …>…</a></p>`) as contact items. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from './defuse-unsafe-content.js';
import type { Inline } from './types.js';

// Between links only separators may stand, so that taking the links loses no word.
const SEPARATORS = /^[\s·|•｜,;/-]*$/u;

/**
 * The links of `node` as contact items (a link node each, placed at the HTML block), or null when
 * the block holds anything else: text outside links, or a link with no text or an unsafe target.
 */
export function htmlContacts(node: Html): Inline[] | null {
  if (node.value.trimStart().startsWith('<!--')) return null;
  const tree = fromHtml(node.value, { fragment: true });
  const items: Inline[] = [];
  let outside = '';
  let usable = true;
  visit(tree, (child) => {
    if (child.type === 'text') outside += child.value;
    if (child.type === 'comment' || (child.type === 'element' && child.tagName === 'img')) usable = false;
    if (child.type !== 'element' || child.tagName !== 'a') return;
    const href = (child as Element).properties.href;
    const text = toString(child).trim();
    if (typeof href !== 'string' || text === '' || !isSafeUrl(href)) usable = false;
    else items.push([{ type: 'link', url: href, children: [{ type: 'text', value: text }], position: node.position }]);
    return 'skip';
  });
  return usable && items.length > 0 && SEPARATORS.test(outside) ? items : null;
}
