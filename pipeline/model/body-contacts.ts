/**
 * Contacts written outside the header: the items of a contact section (`## Contact`, `### Persönliche
 * Daten`), and else the first e-mail address anywhere in the body (`Reach me at [me@x.org](mailto:…)`).
 * They stay where they are written, and every format renders them there; JSON Resume and `resume check`
 * read them as the person's contacts.
 */
import type { Link, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { classifyContact, EMAIL_IN_TEXT } from './classify-contact.js';
import { isContactSection } from './contact-section.js';
import { contactItems } from './read-header.js';
import type { Block, Contact, Section } from './types.js';


/** Contacts in the body: a contact section's items, else its first e-mail; `known` are the header's, not repeated. */
export function bodyContacts(summary: Block[], sections: Section[], known: Contact[]): Contact[] {
  const seen = new Set(known.map(key));
  const found: Contact[] = [];
  const add = (contact: Contact) => {
    if (contact.kind === 'text' || seen.has(key(contact))) return;
    seen.add(key(contact));
    found.push(contact);
  };
  for (const section of sections.filter((each) => isContactSection(each.title))) {
    for (const child of section.children) {
      if (child.type === 'entry') continue;
      for (const item of contactItems(child)) {
        const contact = classifyContact(item);
        add({ ...contact, position: contact.position ?? child.position });
      }
    }
  }
  if (![...known, ...found].some((contact) => contact.kind === 'email')) {
    const email = firstEmail([...summary, ...sections.flatMap((section) => section.children)]);
    if (email) add(email);
  }
  return found;
}

/** The first e-mail address in `nodes`: a `mailto:` link, or an address written in text or HTML. */
function firstEmail(nodes: Array<Block | Section['children'][number]>): Contact | null {
  let found: Contact | null = null;
  for (const node of nodes) {
    visit(node, (child) => {
      if (found) return false;
      if (child.type === 'link' && /^mailto:/iu.test((child as Link).url)) found = classifyContact([child as Link]);
      else if (child.type === 'text' || child.type === 'html') {
        const match = EMAIL_IN_TEXT.exec((child as Text).value);
        if (match) found = asEmail(match[0], child as Text);
      }
      return undefined;
    });
    if (found) return found;
  }
  return null;
}

function asEmail(address: string, node: Text): Contact {
  return { type: 'contact', kind: 'email', text: address, href: `mailto:${address}`, label: null, network: null, content: [{ type: 'text', value: address }], position: node.position };
}

function key(contact: Contact): string {
  return (contact.href ?? contact.text).toLowerCase();
}
