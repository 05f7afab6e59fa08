/** Defuses unsafe links and warns, with positions, about raw HTML the HTML sanitiser removes. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema } from 'hast-util-sanitize';
import type { PhrasingContent, Root } from 'mdast';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics.js';

const ALLOWED_TAGS = new Set(defaultSchema.tagNames ?? []);
const STRIPPED_TAGS = new Set([...(defaultSchema.strip ?? []), 'style']);
/** The link schemes every format keeps; the HTML sanitiser uses the same list. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite', 'background'];

/**
 * Make `tree` safe for every renderer: a link or image whose scheme is not http, https, mailto
 * or tel becomes its text. Report what the HTML sanitiser will drop from raw HTML: disallowed
 * elements (`<script>`, `<iframe>`…), event handlers and unsafe URLs. Every other word is kept.
 */
export function defuseUnsafeContent(tree: Root, file: VFile): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'html') checkRawHtml(node.value, node.position, file);
    if ((node.type !== 'link' && node.type !== 'image') || isSafeUrl(node.url) || !parent || index === undefined) return;
    const reason =
      node.type === 'image'
        ? `Removed the image \`${shorten(node.url)}\`: an image is a file next to the résumé, linked by its relative path such as \`![Portrait](photo.jpg)\` (the alt text stays)`
        : `Removed the link target \`${shorten(node.url)}\`: only http, https, mailto and tel links are kept (the text stays)`;
    warn(file, reason, node, 'unsafe-url');
    const text: PhrasingContent[] = node.type === 'link' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
    parent.children.splice(index, 1, ...(text as typeof parent.children));
    return index;
  });
}

function checkRawHtml(html: string, position: Position | undefined, file: VFile): void {
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    const place = inFile(element.position?.start, position);
    if (!ALLOWED_TAGS.has(element.tagName)) {
      const what = STRIPPED_TAGS.has(element.tagName) ? 'with its content' : 'its text, if any, is kept';
      warn(file, `Removed raw HTML \`<${element.tagName}>\` (${what}): it is not allowed in a résumé`, place, 'unsafe-html');
      return;
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) {
        warn(file, `Removed the \`${name.toLowerCase()}\` attribute of \`<${element.tagName}>\`: scripts never run`, place, 'unsafe-html');
      } else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string' && !isSafeUrl(value)) {
        warn(file, `Removed \`${name}="${shorten(value)}"\` of \`<${element.tagName}>\`: only http, https, mailto and tel URLs are kept`, place, 'unsafe-url');
      }
    }
  });
}

/** A point inside a raw HTML node, moved to where that node starts in the file. */
function inFile(point: Point | undefined, node: Position | undefined): Point | undefined {
  if (!point || !node) return node?.start;
  return point.line === 1
    ? { line: node.start.line, column: node.start.column + point.column - 1 }
    : { line: node.start.line + point.line - 1, column: point.column };
}

/** Relative URLs and fragments are safe; absolute ones must use an allowed scheme. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || SAFE_PROTOCOLS.includes(scheme.toLowerCase());
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
