/** Classifies one contact item: e-mail, URL, phone, location or other text. */
import type { Link } from 'mdast';
import type { Position } from 'unist';
import { readLabel } from './contact-label.js';
import { networkOf } from './social-network.js';
import { plainText } from './split-inline.js';
import type { Contact, ContactKind, Inline } from './types.js';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/** An e-mail address written anywhere in running text (`Reach me at me@example.org.`). */
export const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iu;
const URL_LIKE = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:\/\S*)?$/i;
const PHONE = /^\+?[\d\s().-]{7,}$/;
// "Stockholm, Sweden", "San Francisco, CA": capitalised words, one comma.
const LOCATION = /^\p{Lu}[\p{L}.'’ -]*,\s*\p{Lu}[\p{L}.'’ -]*$/u;

/**
 * Build a contact from one item of the contact line. An icon or a label (`📧`, `E-Mail:`) stays in
 * the content, so every format shows the item as written, and only the value after it is classified
 * and linked; a label or icon decides the kind of a value that does not show it (`Anschrift: Berlin`).
 */
export function classifyContact(content: Inline): Contact {
  const { prefix, label, hint, value } = readLabel(content);
  const text = plainText(value);
  const only = value.length === 1 ? value[0] : undefined;
  const contact = (kind: ContactKind, href: string | null): Contact => ({
    type: 'contact',
    kind,
    text,
    href,
    label,
    network: kind === 'url' && href ? networkOf(href) : null,
    // Why a link around the value alone: renderers link a whole item that holds no link, label and all.
    content: prefix.length > 0 && href && only?.type !== 'link' ? [...prefix, linkTo(href, value)] : content,
    position: span(content),
  });

  if (only?.type === 'link') {
    const href = only.url;
    if (/^mailto:/i.test(href)) return contact('email', href);
    if (/^tel:/i.test(href)) return contact('phone', href);
    return contact('url', href);
  }
  if (EMAIL.test(text)) return contact('email', `mailto:${text}`);
  if (PHONE.test(text) && text.replace(/\D/g, '').length >= 7) return contact('phone', `tel:${text.replace(/[^\d+]/g, '')}`);
  if (URL_LIKE.test(text)) return contact('url', /^https?:\/\//i.test(text) ? text : `https://${text}`);
  if (hint === 'location' || LOCATION.test(text)) return contact('location', null);
  return contact('text', null);
}

function linkTo(url: string, children: Inline): Link {
  return { type: 'link', url, children, position: span(children) };
}

/** From the start of the first node to the end of the last, when both are known. */
function span(content: Inline): Position | undefined {
  const start = content[0]?.position?.start;
  const end = content[content.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}
