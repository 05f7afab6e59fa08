/** The résumé node: its header (name, headline, contacts), then summary and sections. */
import { ExternalHyperlink, Paragraph } from 'docx';
import type { Contact, Resume } from '../../model/types.js';
import { run } from './run.js';
import type { BlockHandler, PhrasingHandler, State } from './state.js';
import { STYLE } from './style-ids.js';
import { SEPARATOR } from '../punctuation.js';

// The same separator as the HTML, so every format reads alike.

/** The whole résumé, in source order. */
export const resume: BlockHandler<Resume> = (node, state, scope) => [
  ...header(node, state),
  ...state.blocks(node.summary, scope),
  ...state.blocks(node.sections, scope),
];

/** A contact item: a native hyperlink to its target, or its own links when its content holds them. */
export const contact: PhrasingHandler<Contact> = (node, state) => {
  const hasLink = node.content.some((child) => child.type === 'link');
  if (node.href && !hasLink) {
    return [new ExternalHyperlink({ link: node.href, children: state.phrasing(node.content, { style: STYLE.contactLink }) })];
  }
  return state.phrasing(node.content, { linkStyle: STYLE.contactLink });
};

function header(node: Resume, state: State): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (node.nameContent.length > 0) paragraphs.push(new Paragraph({ style: STYLE.title, children: state.phrasing(node.nameContent, {}) }));
  if (node.headline) paragraphs.push(new Paragraph({ style: STYLE.subtitle, children: state.phrasing(node.headline, {}) }));
  if (node.contacts.length > 0) {
    const children = node.contacts.flatMap((item, index) => [
      ...(index > 0 ? [run(SEPARATOR, { style: STYLE.separator })] : []),
      ...state.phrasing([item], {}),
    ]);
    paragraphs.push(new Paragraph({ style: STYLE.contacts, children }));
  }
  return paragraphs;
}
