/** A résumé section: its title as Heading 1, then its entries and blocks. */
import { Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Section } from '../../model/types.js';
import { collapsedBefore } from './space-before.js';
import type { BlockHandler, State } from './state.js';
import { STYLE } from './style-ids.js';

/**
 * Heading 1 with the section title (none for an untitled section), then the section's children
 * in order; the first child's space collapses with the title's space after, as in the HTML.
 */
export const section: BlockHandler<Section> = (node, state, scope) => {
  if (node.title === null) return state.blocks(node.children, scope);
  const heading = new Paragraph({
    style: STYLE.heading(1),
    spacing: scope.before === undefined ? undefined : { before: scope.before },
    children: [...state.phrasing(node.heading, {}), ...besideRule(state)],
  });
  const first = { ...scope, before: collapsedBefore(node.children[0], state.tokens.space.afterSectionTitle, state.tokens) };
  return [heading, ...state.blocks(node.children, first)];
};

/**
 * The rule beside the title when the theme draws one there (base.css `.section-title::after`):
 * a gap, then a tab to the right margin (the tab stop of Heading 1) drawn as an underline, raised
 * to the middle of the line (styles.ts). Why not a tab leader: LibreOffice writes a leader into
 * the PDF as underscore characters, which PDF readers read as text.
 */
function besideRule(state: State): ParagraphChild[] {
  const rule = state.tokens.sectionTitle.rule;
  if (rule?.position !== 'beside') return [];
  // The gap: a space widened to `rule.gap` (a space is about a quarter of an em).
  const space = rule.gap - state.tokens.size.section * 0.25;
  return [new TextRun({ text: ' ', characterSpacing: Math.round(space * 20) }), new TextRun({ children: [new Tab()], style: STYLE.sectionRule })];
}
