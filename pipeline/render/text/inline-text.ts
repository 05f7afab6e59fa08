/** mdast inline content → one string of plain text, with link targets written out or left off. */
import type { LinkReference, PhrasingContentMap } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { htmlText } from '../html-text.js';

/** How inline content is written. */
export interface InlineOptions {
  /** Write each link as `text <url>` (true) or as its text only (false). */
  urls: boolean;
}

type Handler<N> = (node: N, options: InlineOptions) => string;

// Why: a line ending inside a Markdown paragraph is a soft break; the wrapper decides where lines end. A
// no-break space (`« bonjour »`) is kept: it holds its words together on one line.
const spaces = (value: string) => value.replace(/[^\S\u00a0\u202f]+/gu, ' ');

/** One handler per mdast phrasing node type. */
const handlers: { [K in keyof PhrasingContentMap]: Handler<PhrasingContentMap[K]> } = {
  text: (node) => spaces(node.value),
  strong: (node, options) => inlineText(node.children, options),
  emphasis: (node, options) => inlineText(node.children, options),
  delete: (node, options) => inlineText(node.children, options),
  inlineCode: (node) => spaces(node.value),
  break: () => '\n',
  link: (node, options) => {
    const text = inlineText(node.children, options);
    if (!options.urls || !node.url) return text;
    return withTarget(text, node.url);
  },
  // References were resolved into links in parse; one left here had no definition and reads as written.
  linkReference: (node, options) => reference(node, options),
  image: (node) => node.alt ?? '',
  imageReference: (node) => node.alt ?? '',
  footnoteReference: (node) => `[^${node.label ?? node.identifier}]`,
  html: (node) => htmlText(node.value).join('\n'),
};

/** Plain text of `nodes`: emphasis and code as plain text, a hard break as `\n`. */
export function inlineText(nodes: readonly Node[], options: InlineOptions): string {
  return nodes.map((node) => inline(node, options)).join('');
}

/**
 * `text <url>`, or the target alone when the text already shows it; a `mailto:` target is shown
 * as its address. Why: spaces in a target are escaped so the wrapper never breaks inside `<…>`.
 */
export function withTarget(text: string, url: string): string {
  const target = (url.toLowerCase().startsWith('mailto:') ? url.slice('mailto:'.length) : url).replaceAll(' ', '%20');
  const shown = text.trim();
  return shown === '' || shown === target || shown === url ? target : `${text} <${target}>`;
}

function inline(node: Node, options: InlineOptions): string {
  const handler = Object.hasOwn(handlers, node.type) ? (handlers[node.type as keyof PhrasingContentMap] as Handler<Node>) : undefined;
  // Why: the text renderer has no file to warn on; an unknown node still keeps its text.
  return handler ? handler(node, options) : spaces(toString(node));
}

/** `[text]`, `[text][]` or `[text][label]`, as the source wrote it. */
function reference(node: LinkReference, options: InlineOptions): string {
  const suffix = node.referenceType === 'full' ? `[${node.label ?? node.identifier}]` : node.referenceType === 'collapsed' ? '[]' : '';
  return `[${inlineText(node.children, options)}]${suffix}`;
}
