/**
 * Cuts one edition out of the master mdast: reads the variant tags, checks the names they use against
 * the declared variants, removes every tag comment, and removes what the edition leaves out. A tag at
 * the end of a heading takes the heading's section; of a bullet, the bullet; in a table row, the row;
 * on a line of its own, the block below. A top-level paragraph's tag is handed back as a mark, for
 * the résumé AST: only the model knows whether that paragraph starts an entry or holds contacts.
 */
import type { Heading, Html, Nodes, Parent, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { fail, warn } from '../../diagnostics.js';
import { belongsTo, readVariantTag, type Edition, type VariantTag } from './variant-tag.js';

/** A top-level paragraph to leave out, found again in the résumé AST by its source offsets. */
export interface ParagraphMark {
  start: number;
  end: number;
  /** Where its tag stood when written inside it (it then takes the contact before it); null for the whole paragraph. */
  tag: number | null;
  /** Where the tag stood, for a message when nothing in the résumé comes from the paragraph. */
  place: Html['position'];
}

/** An element some tags apply to, with the parent it is removed from. */
interface Target {
  node: Nodes;
  parent: Parent;
  tags: VariantTag[];
  /** Where the first tag written inside the element stood; null when a tag on its own line took it. */
  inlineTag: Html | null;
  lone: Html | null;
}

const BLOCK_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

/**
 * Remove from `tree` what `edition` leaves out, and every tag; return the top-level paragraphs the
 * résumé AST must leave out. `declared` are the variant names front matter declares (null when its
 * `variants:` could not be read: the names are then not checked). Problems are messages on `file`.
 */
export function selectVariant(tree: Root, file: VFile, edition: Edition, declared: readonly string[] | null): ParagraphMark[] {
  const tags: Array<{ node: Html; parent: Parent }> = [];
  const targets = new Map<Nodes, Target>();
  visitParents(tree, 'html', (node, ancestors) => {
    const reading = readVariantTag(node.value);
    const parent = ancestors.at(-1);
    if (reading === null || !parent) return;
    tags.push({ node, parent });
    if ('problem' in reading) return fail(file, reading.problem, node, 'variant-tag');
    const unknown = reading.tag.kind === 'only' && declared !== null ? reading.tag.names.filter((name) => !declared.includes(name)) : [];
    // Why a warning without any declared: the master keeps everything, so only `--variant` (which then fails) depends on it.
    if (unknown.length > 0) return (declared?.length ? fail : warn)(file, unknownReason(unknown, declared ?? []), node, 'variant-tag');
    const found = targetOf(node, ancestors);
    if (!found) return warn(file, 'This variant tag applies to nothing: put it at the end of a heading, a bullet, an entry’s first line or a contact item, or on a line of its own above a block', node, 'variant-tag');
    const target = targets.get(found.node) ?? { ...found, tags: [], inlineTag: null, lone: null };
    target.tags.push(reading.tag);
    if (found.lone) target.lone ??= node;
    else target.inlineTag ??= node;
    targets.set(found.node, target);
  });
  for (const { node, parent } of tags) removeTag(node, parent);

  const leftOut = [...targets.values()].filter((target) => !belongsTo(target.tags, edition));
  const paragraphs = leftOut.filter((target) => target.parent.type === 'root' && target.node.type === 'paragraph');
  for (const target of leftOut) if (!paragraphs.includes(target)) removeElement(target);
  removeEmptyContainers(tree);
  return paragraphs
    .filter((target) => tree.children.includes(target.node as Root['children'][number]))
    .map((target) => ({
      start: target.node.position?.start.offset ?? -1,
      end: target.node.position?.end.offset ?? -1,
      tag: target.lone ? null : (target.inlineTag?.position?.start.offset ?? null),
      place: (target.lone ?? target.inlineTag)?.position,
    }));
}

function unknownReason(names: string[], declared: readonly string[]): string {
  const list = names.map((name) => `\`${name}\``).join(', ');
  if (declared.length === 0) return `This tag names the variant ${list}, but front matter declares no variants: add \`variants: [${names.join(', ')}]\` to it`;
  return `This tag names ${names.length > 1 ? 'variants' : 'a variant'} ${list} that front matter \`variants:\` does not declare: expected ${declared.map((name) => `\`${name}\``).join(', ')}`;
}

/** The element a tag applies to: the block below a tag on its own line, else the heading, row, bullet or paragraph that holds it. */
function targetOf(node: Html, ancestors: Parent[]): { node: Nodes; parent: Parent; lone: boolean } | null {
  const parent = ancestors.at(-1)!;
  if (BLOCK_PARENTS.has(parent.type)) {
    const siblings = parent.children as Nodes[];
    const below = siblings.slice(siblings.indexOf(node) + 1).find((sibling) => sibling.type !== 'html' || readVariantTag(sibling.value) === null);
    if (!below) return null;
    return { ...elementOf(below, parent, ancestors.at(-2)), lone: true };
  }
  const index = ancestors.map((ancestor) => ['paragraph', 'heading', 'tableCell'].includes(ancestor.type)).lastIndexOf(true);
  if (index < 1) return null;
  const holder = ancestors[index]!;
  if (holder.type === 'tableCell') {
    const row = ancestors[index - 1]!;
    const table = ancestors[index - 2];
    // The header row's tag takes the table: a table without its header row is no table.
    if (table && table.children[0] === row) return { node: table as Nodes, parent: ancestors[index - 3]!, lone: false };
    return { node: row as Nodes, parent: table!, lone: false };
  }
  return { ...elementOf(holder as Nodes, ancestors[index - 1]!, ancestors[index - 2]), lone: false };
}

/** A bullet's first paragraph stands for the bullet; any other block for itself. */
function elementOf(block: Nodes, parent: Parent, grandparent: Parent | undefined): { node: Nodes; parent: Parent } {
  if (block.type === 'paragraph' && parent.type === 'listItem' && parent.children[0] === block && grandparent) return { node: parent as Nodes, parent: grandparent };
  return { node: block, parent };
}

/** Remove the tag `node`, and the space before it that would be left at the end of a line. */
function removeTag(node: Html, parent: Parent): void {
  const index = parent.children.indexOf(node);
  if (index < 0) return;
  parent.children.splice(index, 1);
  const before = parent.children[index - 1];
  const after = parent.children[index];
  const endsLine = !after || after.type === 'break' || (after.type === 'text' && /^[ \t]*(?:\n|$)|^[ \t]/.test(after.value));
  if (before?.type !== 'text' || !endsLine) return;
  const trimmed = before.value.replace(/[ \t]+$/, '');
  const cut = before.value.length - trimmed.length;
  before.value = trimmed;
  // Why: the model places contacts by the text's exact source span, which must still match its value.
  const end = before.position?.end;
  if (end && cut > 0) before.position = { ...before.position!, end: { line: end.line, column: end.column - cut, offset: end.offset === undefined ? undefined : end.offset - cut } };
}

/** Remove an element the edition leaves out; a heading takes the blocks under it, up to the next heading as high. */
function removeElement(target: Target): void {
  const siblings = target.parent.children as Nodes[];
  const index = siblings.indexOf(target.node);
  if (index < 0) return;
  let end = index + 1;
  if (target.node.type === 'heading') {
    const depth = target.node.depth;
    while (end < siblings.length && !(siblings[end]!.type === 'heading' && (siblings[end] as Heading).depth <= depth)) end += 1;
  }
  siblings.splice(index, end - index);
}

/** Remove lists, bullets, quotes and tables left with nothing in them. */
function removeEmptyContainers(node: Parent): void {
  for (const child of node.children as Nodes[]) if ('children' in child) removeEmptyContainers(child);
  const kept = (node.children as Nodes[]).filter((child) => !(['list', 'listItem', 'blockquote', 'table'].includes(child.type) && 'children' in child && child.children.length === 0));
  if (kept.length !== node.children.length) node.children = kept as typeof node.children;
}
