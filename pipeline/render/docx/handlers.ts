/** The handler tables: one handler per résumé and mdast node type, looked up by `node.type`. */
import type { BlockContentMap, DefinitionContentMap, ListContentMap } from 'mdast';
import type { Contact, Entry, Resume, Section } from '../../model/types.js';
import { blockquote, code, definition, footnoteDefinition, heading, html, paragraph, thematicBreak } from './blocks.js';
import { entry } from './entry.js';
import { figure, isFigureParagraph } from './image.js';
import { list, listItem } from './list.js';
import { phrasingHandlers } from './phrasing.js';
import { contact, resume } from './resume.js';
import { section } from './section.js';
import type { BlockHandler, Handlers, PhrasingHandler } from './state.js';
import { table } from './table.js';

type BlockNodes = BlockContentMap & DefinitionContentMap & ListContentMap & { resume: Resume; section: Section; entry: Entry };

const block: { [K in keyof BlockNodes]: BlockHandler<BlockNodes[K]> } = {
  resume,
  section,
  entry,
  paragraph: (node, state, scope) => (isFigureParagraph(node) ? figure(node, state, scope) : paragraph(node, state, scope)),
  heading,
  list,
  listItem,
  blockquote,
  code,
  table,
  thematicBreak,
  html,
  definition,
  footnoteDefinition,
};

const phrasing: typeof phrasingHandlers & { contact: PhrasingHandler<Contact> } = { ...phrasingHandlers, contact };

/** Every handler the DOCX renderer has; other node types take the fallback. */
export const handlers: Handlers = { block, phrasing };
