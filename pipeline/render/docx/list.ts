/** Lists as real Word list paragraphs: bullets or numbers from the numbering table, nesting as deeper levels. */
import type { List, ListItem, Paragraph } from 'mdast';
import { BULLET, listIndent, MAX_LEVEL, orderedReference } from './numbering.js';
import { twips } from './page.js';
import { scopedParagraph } from './scoped-paragraph.js';
import type { BlockHandler } from './state.js';
import { STYLE } from './style-ids.js';

/** A list one level below the enclosing one; each ordered list is an instance of its own, so it counts from its start. */
export const list: BlockHandler<List> = (node, state, scope) => {
  const level = Math.min(scope.level + 1, MAX_LEVEL);
  const ordered = node.ordered === true;
  const numbering = {
    reference: ordered ? orderedReference(state.tokens, node.start ?? 1) : BULLET,
    level,
    instance: ordered ? state.nextListInstance() : 0,
  };
  const itemScope = { style: ordered ? STYLE.listNumber : STYLE.listBullet, numbering, level, indent: 0 };
  // A top-level list's margin and its first item's collapse in the HTML: the larger is the first item's space.
  const { paragraph, bullet } = state.tokens.space;
  const before = scope.before ?? (scope.level < 0 ? twips(Math.max(paragraph, bullet)) : undefined);
  return node.children.flatMap((item, index) => state.blocks([item], index === 0 ? { ...itemScope, before } : itemScope));
};

/** A list item: its first block carries the bullet, the blocks after it continue at the item's indent. */
export const listItem: BlockHandler<ListItem> = (node, state, scope) => {
  const [first, ...rest] = withTaskMarker(node);
  const continuation = { style: STYLE.listContinue, numbering: null, level: scope.level, indent: listIndent(state.tokens, scope.level) };
  return [...(first ? state.blocks([first], scope) : [scopedParagraph(scope, [])]), ...state.blocks(rest, continuation)];
};

/** A GFM task item's state as written, `[x]` or `[ ]`, before its text. */
function withTaskMarker(node: ListItem): ListItem['children'] {
  const [first, ...rest] = node.children;
  if (typeof node.checked !== 'boolean' || first?.type !== 'paragraph') return node.children;
  const marked: Paragraph = { ...first, children: [{ type: 'text', value: node.checked ? '[x] ' : '[ ] ' }, ...first.children] };
  return [marked, ...rest];
}
