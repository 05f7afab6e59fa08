/** Reads the header of a résumé: the name, the contacts under it and an optional closing rule. */
import type { Heading, Paragraph } from 'mdast';
import { classifyContact } from './classify-contact.js';
import { plainText, splitInline } from './split-inline.js';
import type { Block, Contact, Inline } from './types.js';

const CONTACT_SEPARATOR = /\s+[·|•]\s+|\n/;
const MAX_CONTACT_WORDS = 6;

/** What the header holds, and where the rest of the document starts. */
export interface Header {
  /** The heading that names the person, or null when the document has none. */
  nameHeading: Heading | null;
  nameContent: Inline;
  headline: Inline | null;
  contacts: Contact[];
  /** Blocks before the name (kept in the summary, in order). */
  before: Block[];
  /** Index in `blocks` of the first block after the header. */
  end: number;
}

/** Read the header at the start of `blocks` (front matter already removed). */
export function readHeader(blocks: Block[]): Header {
  // The first heading when it is a `#`, then contact paragraphs, then an optional rule.
  const firstHeading = blocks.findIndex((node) => node.type === 'heading');
  const nameHeading = firstHeading >= 0 && isHeading(blocks[firstHeading], 1) ? (blocks[firstHeading] as Heading) : null;
  if (!nameHeading) return { nameHeading: null, nameContent: [], headline: null, contacts: [], before: [], end: 0 };
  let index = firstHeading + 1;
  const contacts: Contact[] = [];
  while (blocks[index]?.type === 'paragraph' && looksLikeContacts(blocks[index] as Paragraph)) {
    const paragraph = blocks[index++] as Paragraph;
    // An item whose own place is not known exactly starts where its paragraph does.
    contacts.push(...splitInline(paragraph.children, CONTACT_SEPARATOR).map(classifyContact).map((contact) => ({ ...contact, position: contact.position ?? paragraph.position })));
  }
  if (blocks[index]?.type === 'thematicBreak') index++;
  return { nameHeading, nameContent: nameHeading.children, headline: null, contacts, before: blocks.slice(0, firstHeading), end: index };
}

/** A contact paragraph: short items, several of them or one that is an address, link or phone. */
function looksLikeContacts(paragraph: Paragraph): boolean {
  const items = splitInline(paragraph.children, CONTACT_SEPARATOR);
  if (items.some((item) => plainText(item).split(' ').length > MAX_CONTACT_WORDS)) return false;
  return items.length > 1 || items.some((item) => classifyContact(item).kind !== 'text');
}

function isHeading(node: Block | undefined, depth: number): node is Heading {
  return node?.type === 'heading' && node.depth === depth;
}
