/** The text content of raw HTML, parsed as a browser would; markup, comments and scripts are not text. */
import type { Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';

// Elements that start a line of their own when a browser lays them out.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** Lines of text in `html`, whitespace collapsed; a block element or `<br>` ends a line. */
export function htmlText(html: string): string[] {
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
  let text = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'text') text += node.value;
    if (node.type === 'root') node.children.forEach(walk);
    if (node.type !== 'element' || NOT_TEXT.has(node.tagName)) return;
    if (node.tagName === 'br') text += '\n';
    const separator = BLOCK.has(node.tagName) ? '\n' : CELL.has(node.tagName) ? ' ' : '';
    text += separator;
    node.children.forEach(walk);
    text += separator;
  };
  walk(tree);
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
}
