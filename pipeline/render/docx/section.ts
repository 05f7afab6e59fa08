/** A résumé section: its title as Heading 1, then its entries and blocks. */
import { Paragraph } from 'docx';
import type { Section } from '../../model/types.js';
import type { BlockHandler } from './state.js';
import { STYLE } from './style-ids.js';

/** Heading 1 with the section title (none for an untitled section), then the section's children in order. */
export const section: BlockHandler<Section> = (node, state, scope) => [
  ...(node.title === null ? [] : [new Paragraph({ style: STYLE.heading(1), children: state.phrasing(node.heading, {}) })]),
  ...state.blocks(node.children, scope),
];
