/** The résumé node: its header (name, headline, contacts, photo), then summary and sections. */
import { ExternalHyperlink, Paragraph, type FileChild, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Contact, Resume } from '../../model/types.js';
import { SEPARATOR } from '../punctuation.js';
import { twips } from './page.js';
import { headerWithPhoto } from './image.js';
import { ruleBorder } from './rule-border.js';
import { anchoredSeparator } from './direction.js';
import { run } from './run.js';
import { collapsedBefore, naturalSpaceBefore } from './space-before.js';
import type { BlockHandler, PhrasingHandler, State } from './state.js';
import { STYLE } from './style-ids.js';

/** The whole résumé, in source order; the first block after the header collapses its space with the header's, as in the HTML. */
export const resume: BlockHandler<Resume> = (node, state, scope) => {
  const head = header(node, state);
  const body = [...node.summary, ...node.sections];
  // Why the whole space with a photo: the header is then a table, which has no space after of its own.
  const { tokens } = state;
  const before = node.photo?.data?.file && body[0] ? twips(Math.max(tokens.space.afterHeader, naturalSpaceBefore(body[0], tokens))) : collapsedBefore(body[0], tokens.space.afterHeader, tokens);
  const first = head.length > 0 ? { ...scope, before } : scope;
  return [...head, ...state.blocks(node.summary, first), ...state.blocks(node.sections, node.summary.length > 0 ? scope : first)];
};

/** A contact item: a native hyperlink to its target, or its own links when its content holds them. */
export const contact: PhrasingHandler<Contact> = (node, state) => {
  const hasLink = node.content.some((child) => child.type === 'link');
  if (node.href && !hasLink) {
    return [new ExternalHyperlink({ link: node.href, children: state.phrasing(node.content, { style: STYLE.contactLink }) })];
  }
  return state.phrasing(node.content, { linkStyle: STYLE.contactLink });
};

/**
 * The separator between contacts, as the HTML writes it, with a no-break space after the mark:
 * a line may break before the mark, never after it, so no line ends with a dangling ` ·`.
 */
const CONTACT_SEPARATOR = SEPARATOR.replace(/ $/, '\u00a0');

/**
 * Name, headline and contacts. The last of them takes the space after the header and, when the
 * theme draws one, the rule under it (base.css `.masthead`). The contacts' space before collapses
 * with the name's space after, as the HTML's margins do.
 */
function header(node: Resume, state: State): FileChild[] {
  const { space, masthead } = state.tokens;
  // With a photo, the header is a table whose bottom border is the rule (image.ts).
  const photo = node.photo?.data?.file ? node.photo : null;
  const afterLast = photo ? (masthead.rule?.gap ?? 0) : space.afterHeader;
  const parts: Array<{ style: string; children: ParagraphChild[]; after: number; before?: number }> = [];
  if (node.nameContent.length > 0) parts.push({ style: STYLE.title, children: state.phrasing(node.nameContent, {}), after: space.afterName });
  if (node.headline) parts.push({ style: STYLE.subtitle, children: state.phrasing(node.headline, {}), after: 0 });
  if (node.contacts.length > 0) {
    const children = node.contacts.flatMap((item, index) => [...(index > 0 ? [run(state.rightToLeft ? anchoredSeparator(CONTACT_SEPARATOR, item.text) : CONTACT_SEPARATOR, { style: STYLE.separator, rightToLeft: state.rightToLeft })] : []), ...state.phrasing([item], {})]);
    parts.push({ style: STYLE.contacts, children, after: 0, before: Math.max(0, space.beforeContacts - (parts.at(-1)?.after ?? 0)) });
  }
  const paragraphs = parts.map((part, index) => {
    const last = index === parts.length - 1;
    const options: IParagraphOptions = {
      style: part.style,
      children: part.children,
      ...(part.before === undefined && !last ? {} : { spacing: { before: part.before === undefined ? undefined : twips(part.before), after: last ? twips(afterLast) : undefined } }),
      ...(last && masthead.rule && !photo ? { border: { bottom: ruleBorder(masthead.rule, state.tokens) } } : {}),
    };
    return new Paragraph(options);
  });
  return photo ? [headerWithPhoto(paragraphs, photo, photo.alt || node.name || '', state)] : paragraphs;
}
