/** What a résumé parser finds in a text by its patterns: e-mail addresses, a phone number, a web address. */
import type { Contact } from '../model/types.js';

// An address as parsers match it: no spaces, one `@`, a domain with a dot.
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** The e-mail addresses in `text`, each once, in order. */
export function emailsIn(text: string): string[] {
  return [...new Set([...text.matchAll(EMAIL)].map(([address]) => address.replace(/[.-]+$/u, '')))];
}

/**
 * Where `text` writes the phone number `phone` (its digits, with spaces, dots, dashes, slashes or
 * brackets between them), as written there; null when it does not.
 */
export function phoneIn(text: string, phone: string): string | null {
  const digits = phone.replace(/\D/gu, '');
  if (digits.length < 5) return null;
  const pattern = new RegExp(`(?<!\\d)(?:\\+|00)?[\\s(]*${[...digits].join('[\\s().\\/-]*')}(?!\\d)`, 'u');
  return pattern.exec(text)?.[0].trim() ?? null;
}

/** Whether `text` shows the web address `url` (scheme, `www.` and a closing slash aside; line breaks inside it allowed). */
export function showsAddress(text: string, url: string): boolean {
  const address = url.replace(/^(?:https?:\/\/|mailto:|tel:)/iu, '').replace(/^www\./iu, '').replace(/\/$/u, '').toLowerCase();
  return address !== '' && text.replace(/\s+/gu, '').toLowerCase().includes(address.replace(/\s+/gu, ''));
}

/** The address an e-mail or phone contact reaches: its link's target without the scheme, else its text. */
export function contactAddress(contact: Contact): string {
  const href = contact.href ?? '';
  if (contact.kind === 'email' && /^mailto:/iu.test(href)) return decoded(href.slice('mailto:'.length).split('?')[0]!);
  if (contact.kind === 'phone' && /^tel:/iu.test(href)) return decoded(href.slice('tel:'.length));
  return contact.text;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
