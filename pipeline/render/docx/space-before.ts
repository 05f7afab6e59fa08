/**
 * Space before a block as the HTML lays it out. Why: CSS collapses adjacent vertical margins (the
 * larger wins) where Word and LibreOffice add a paragraph's space after to the next one's space
 * before; so where a block follows one with space after (the header, a section title), or where
 * a list's margin and its first item's collapse, the DOCX sets the first paragraph's space itself.
 */
import type { Node } from 'unist';
import type { ThemeTokens } from '../../theme/theme.js';
import { twips } from './page.js';

/** The top margin of the block `node` starts in base.css, in points (its first child's collapsed in). */
export function naturalSpaceBefore(node: Node, tokens: ThemeTokens): number {
  const { space } = tokens;
  switch (node.type) {
    case 'section':
      return space.beforeSection;
    case 'entry':
    case 'heading':
    case 'thematicBreak':
      return space.beforeEntry;
    case 'list':
      return Math.max(space.paragraph, space.bullet);
    default:
      return space.paragraph;
  }
}

/** Twips before `node` when it follows a block with `after` points of space after: what the larger margin leaves. */
export function collapsedBefore(node: Node | undefined, after: number, tokens: ThemeTokens): number | undefined {
  return node ? twips(Math.max(0, naturalSpaceBefore(node, tokens) - after)) : undefined;
}
