/** Classifies one contact item: e-mail, URL, phone, location or other text. */
import type { Contact, ContactKind, Inline } from './types.js';
import { plainText } from './split-inline.js';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
const URL_LIKE = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:\/\S*)?$/i;
const PHONE = /^\+?[\d\s().-]{7,}$/;
// "Stockholm, Sweden", "San Francisco, CA": capitalised words, one comma.
const LOCATION = /^\p{Lu}[\p{L}.'’ -]*,\s*\p{Lu}[\p{L}.'’ -]*$/u;

/** Build a contact from one item of the contact line. */
export function classifyContact(content: Inline): Contact {
  const text = plainText(content);
  const only = content.length === 1 ? content[0] : undefined;
  const position = content[0]?.position && content[content.length - 1]?.position
    ? { start: content[0].position.start, end: content[content.length - 1]!.position!.end }
    : undefined;
  const contact = (kind: ContactKind, href: string | null): Contact => ({ type: 'contact', kind, text, href, content, position });

  if (only?.type === 'link') {
    const href = only.url;
    if (/^mailto:/i.test(href)) return contact('email', href);
    if (/^tel:/i.test(href)) return contact('phone', href);
    return contact('url', href);
  }
  if (EMAIL.test(text)) return contact('email', `mailto:${text}`);
  if (PHONE.test(text) && text.replace(/\D/g, '').length >= 7) return contact('phone', `tel:${text.replace(/[^\d+]/g, '')}`);
  if (URL_LIKE.test(text)) return contact('url', /^https?:\/\//i.test(text) ? text : `https://${text}`);
  if (LOCATION.test(text)) return contact('location', null);
  return contact('text', null);
}
