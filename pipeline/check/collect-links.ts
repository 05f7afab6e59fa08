/** Every link a résumé shows, with its place and whether it is shown as an address (a contact, a visible URL). */
import type { Link, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { isContactSection } from '../model/contact-section.js';
import type { Resume } from '../model/types.js';
import { linkAddress } from './link-address.js';

/** A link, or a contact address written without one (`rdallman.com`). */
export interface ShownLink {
  url: string;
  /** The visible text. */
  text: string;
  place: Position | undefined;
  /** A contact (the header's, or a contact section's item) or a link whose text is its address. */
  isAddress: boolean;
}

/** The links of `resume` in source order: header, summary, then sections. */
export function collectLinks(resume: Resume): ShownLink[] {
  const found: ShownLink[] = [];
  const walk = (nodes: readonly Nodes[], isContact: boolean, fallback: Position | undefined) => {
    for (const node of nodes) {
      // Why the parent's or the block's place: a link resolved from a reference may carry none.
      const outer = node.position ?? fallback;
      visit(node, 'link', (link: Link, _index, parent) => {
        const text = toString(link);
        found.push({ url: link.url, text, place: link.position ?? parent?.position ?? outer, isAddress: isContact || linkAddress(text) !== null });
      });
    }
  };
  walk(resume.nameContent, false, resume.position);
  if (resume.headline) walk(resume.headline, false, undefined);
  for (const contact of resume.contacts) {
    const before = found.length;
    walk(contact.content, true, contact.position);
    if (found.length === before && contact.href && (contact.kind === 'url' || contact.kind === 'email')) {
      found.push({ url: contact.href, text: contact.text, place: contact.position, isAddress: true });
    }
  }
  walk(resume.summary, false, undefined);
  for (const section of resume.sections) {
    const isContact = isContactSection(section.title);
    walk(section.heading, false, section.position);
    for (const child of section.children) {
      if (child.type !== 'entry') {
        walk([child], isContact, undefined);
        continue;
      }
      const header = [child.role, child.organization, child.location, ...child.notes, ...Object.values(child.labels)].filter((part) => part != null);
      walk(header.flat(), false, child.position);
      walk(child.children, false, undefined);
    }
  }
  return found;
}
