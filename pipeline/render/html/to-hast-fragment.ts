/** mdast content → sanitised hast, through mdast-util-to-hast, hast-util-raw and hast-util-sanitize. */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { FootnoteDefinition, FootnoteReference, Heading, Nodes as MdastNodes, RootContent } from 'mdast';
import { toHast, type Handlers } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { SAFE_PROTOCOLS } from '../../model/defuse-unsafe-content.js';

// GitHub's allow-list (what github.com lets through in a README); style sheets go whole, and
// links keep the schemes every format keeps.
const schema: Schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  protocols: { ...defaultSchema.protocols, href: SAFE_PROTOCOLS },
};

/**
 * Turn mdast nodes into sanitised hast. Raw HTML is parsed (so its text survives) and then
 * filtered by the allow-list: no script, style, iframe, form, event handlers or unsafe URLs.
 * `headingOffset` shifts heading ranks so that user headings nest under the document's own.
 */
export function toHastFragment(nodes: RootContent[], headingOffset = 0): ElementContent[] {
  const mdast: MdastNodes = { type: 'root', children: shiftHeadings(nodes, headingOffset) };
  const hast = toHast(mdast, { allowDangerousHtml: true, handlers: footnoteHandlers });
  const parsed = raw(hast as HastRoot) as HastRoot;
  const clean = sanitize(parsed, schema) as HastRoot;
  return clean.children.filter((node): node is ElementContent => node.type !== 'doctype');
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
