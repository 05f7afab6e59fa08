/**
 * What a public edition shows of the person's contacts: no phone number, and a place at city level
 * (`12 Main St, Springfield, IL` → `Springfield, IL`), in the header and in a contact section's
 * bullets and lines.
 */
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { classifyContact } from '../classify-contact.js';
import { PHONE_LABELS } from '../contact-label.js';
import { wordPattern } from '../dates/word-pattern.js';
import { plainText } from '../split-inline.js';
import { isContactSection } from '../contact-section.js';
import { contactItems } from '../read-header.js';
import type { Contact, Inline, Section } from '../types.js';
import { cityLevel } from './city-level.js';

/** `contacts` without phone numbers, their places at city level (a street alone is left out). */
export function publicContacts(contacts: readonly Contact[]): Contact[] {
  return contacts.flatMap((contact): Contact[] => {
    if (contact.kind === 'phone' || isPhoneText(contact)) return [];
    // Why text too: an address without a label (`12 Main St, Springfield, IL 62704`) reads as no known kind.
    if (contact.kind !== 'location' && contact.kind !== 'text') return [contact];
    const place = cityLevel(contact.text);
    if (place === contact.text) return [contact];
    return place === null ? [] : [{ ...contact, text: place, content: replaceText(contact.content, contact.text, place) }];
  });
}

/** A phone label where it stands in an item: first, or in brackets after the number (`(mobile)`). */
const PHONE_LABEL = new RegExp(String.raw`(?:^|\(|\s)(?:${wordPattern(PHONE_LABELS)})\.?(?:\)|\s*[:：]|\s|$)`, 'giu');

/**
 * Whether an item not read as a phone number still is one: labelled as one however it is written
 * (`Tel. +1 555 010 7788`, `Cell 555-010-7788`, `+1 555 010 7788 (mobile)`), or a number alone.
 * Why so wide: a public edition that kept a phone number would publish it.
 */
function isPhoneText(contact: Contact): boolean {
  if (contact.kind !== 'text' && contact.kind !== 'location') return false;
  const unlabelled = plainText(contact.content).replace(/^[^\p{L}\p{N}+(]+/u, '').replace(PHONE_LABEL, ' ');
  return /^[\s+\d().\-/–]+$/u.test(unlabelled) && unlabelled.replace(/\D/gu, '').length >= 7;
}

/** `sections` with the bullets of a contact section (`## Contact`) made public as the header's contacts are. */
export function publicSections(sections: readonly Section[]): Section[] {
  return sections.map((section) => {
    if (!isContactSection(section.title)) return section;
    return { ...section, children: section.children.flatMap((child): Section['children'] => (child.type === 'list' ? publicList(child) : child.type === 'paragraph' ? publicParagraph(child) : [child])) };
  });
}

function publicList(list: List): List[] {
  const children = list.children.flatMap((item): ListItem[] => {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return [item];
    const classified = classifyContact(first.children);
    const [kept] = publicContacts([classified]);
    if (!kept) return [];
    return kept === classified ? [item] : [{ ...item, children: [{ ...first, children: kept.content }, ...rest] }];
  });
  return children.length > 0 ? [{ ...list, children }] : [];
}

/**
 * A paragraph of contact items (`Phone: +1 555 0100 · dana@example.org`) made public as the header's
 * contacts are: the items left, on their lines as written, or joined by ` · ` on one line.
 */
function publicParagraph(paragraph: Paragraph): Paragraph[] {
  const items = contactItems(paragraph);
  if (items.length === 0) return [paragraph];
  const classified = items.map((item) => classifyContact(item));
  const kept = publicContacts(classified);
  if (kept.length === classified.length && kept.every((contact, index) => contact === classified[index])) return [paragraph];
  if (kept.length === 0) return [];
  return [{ ...paragraph, children: joinContactItems(kept.map((contact) => contact.content), paragraph) }];
}

/** Contact `items` of `paragraph` as its content again: on their lines when it wrote them so, else joined by ` · `. */
export function joinContactItems(items: Inline[], paragraph: Paragraph): PhrasingContent[] {
  const onLines = paragraph.children.some((node) => node.type === 'break' || (node.type === 'text' && node.value.includes('\n')));
  const joiner = (): PhrasingContent => (onLines ? { type: 'break' } : { type: 'text', value: ' · ' });
  return items.flatMap((item, index) => [...(index > 0 ? [joiner()] : []), ...item]);
}

/** `content` with `from` replaced by `to` in the text node that holds it; else `to` as plain text. */
function replaceText(content: Inline, from: string, to: string): Inline {
  const index = content.findIndex((node) => node.type === 'text' && node.value.includes(from));
  const node = content[index];
  if (node?.type !== 'text') return [{ type: 'text', value: to }];
  return content.map((each) => (each === node ? { ...node, value: node.value.replace(from, to) } : each));
}
