/** mdast content → sanitised hast, through mdast-util-to-hast, hast-util-raw and hast-util-sanitize. */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { FootnoteDefinition, FootnoteReference, Heading, Image as MdastImage, Nodes as MdastNodes, RootContent } from 'mdast';
import { toHast, type Handler, type Handlers } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { dataUrl, IMAGE_DATA_URL } from '../../images/data-url.js';
import { isFigure } from '../../images/image-layout.js';
import { SAFE_PROTOCOLS } from '../../model/defuse-unsafe-content.js';

// GitHub's allow-list (what github.com lets through in a README); style sheets go whole, and
// links keep the schemes every format keeps.
// Images keep `data:` sources only (the load layer embeds every file; see keepDataImages).
const schema: Schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  protocols: { ...defaultSchema.protocols, href: SAFE_PROTOCOLS, src: ['data'] },
  attributes: { ...defaultSchema.attributes, img: [...(defaultSchema.attributes?.['img'] ?? []), ['className', 'figure', 'icon']] },
};

/**
 * Turn mdast nodes into sanitised hast. Raw HTML is parsed (so its text survives) and then
 * filtered by the allow-list: no script, style, iframe, form, event handlers or unsafe URLs.
 * `headingOffset` shifts heading ranks so that user headings nest under the document's own.
 */
export function toHastFragment(nodes: RootContent[], headingOffset = 0): ElementContent[] {
  const mdast: MdastNodes = { type: 'root', children: shiftHeadings(nodes, headingOffset) };
  const hast = toHast(mdast, { allowDangerousHtml: true, handlers: { ...footnoteHandlers, image } });
  const parsed = raw(hast as HastRoot) as HastRoot;
  const clean = keepDataImages(sanitize(parsed, schema) as HastRoot);
  return clean.children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/**
 * An image with its file inlined as a `data:` URL, as a figure or an icon (image-layout.ts); one
 * whose file was not read is its alt text. Why never the URL: the page loads nothing from outside.
 */
const image: Handler = (_state, node: MdastImage, parent) => {
  const file = node.data?.file;
  if (!file) return node.alt ? { type: 'text', value: node.alt } : undefined;
  const properties = { src: dataUrl(file), alt: node.alt ?? '', width: file.width, height: file.height, className: [isFigure(node, parent) ? 'figure' : 'icon'] };
  return { type: 'element', tagName: 'img', properties, children: [] };
};

/** `tree` with each `<img>` whose source is no image `data:` URL (raw HTML's `https:…`, an SVG) replaced by its alt text. */
function keepDataImages(tree: HastRoot): HastRoot {
  visit(tree, 'element', (element, index, parent) => {
    if (element.tagName !== 'img' || !parent || index === undefined) return;
    const { src, alt } = element.properties;
    if (typeof src === 'string' && IMAGE_DATA_URL.test(src)) return;
    parent.children.splice(index, 1, ...(typeof alt === 'string' && alt !== '' ? [{ type: 'text' as const, value: alt }] : []));
    return index;
  });
  return tree;
}

/**
 * Footnotes where the Markdown has them. Why: each block is converted on its own, so
 * mdast-util-to-hast's footnote section (built from references and definitions of one call)
 * would drop definitions; a résumé's notes read best in place anyway.
 */
const footnoteHandlers: Handlers = {
  footnoteReference: (_state, node: FootnoteReference): Element => ({
    type: 'element',
    tagName: 'sup',
    properties: { className: ['footnote-ref'] },
    children: [{ type: 'text', value: node.label ?? node.identifier }],
  }),
  footnoteDefinition: (state, node: FootnoteDefinition): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['footnote'] },
    children: [{ type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: node.label ?? node.identifier }] }, ...state.all(node)],
  }),
};

function shiftHeadings(nodes: RootContent[], offset: number): RootContent[] {
  if (offset === 0) return nodes;
  const copy = structuredClone(nodes);
  visit({ type: 'root', children: copy }, 'heading', (heading) => {
    heading.depth = Math.min(6, Math.max(1, heading.depth + offset)) as Heading['depth'];
  });
  return copy;
}
