/** The metadata every format writes: title, author, subject, keywords, description, language. */
import { toString } from 'mdast-util-to-string';
import type { Resume } from '../model/types.js';
import { languageWords } from './language-words.js';
import { visibleText } from './visible-text.js';

export interface DocumentInfo {
  title: string;
  author: string | null;
  subject: string | null;
  keywords: string[];
  description: string | null;
  lang: string;
  /** Every link target of the résumé, as written. */
  links: string[];
}

const MAX_DESCRIPTION = 300;

/** Metadata of `resume`, from its name, headline, front matter and summary. */
export function documentInfo(resume: Resume): DocumentInfo {
  const headline = resume.headline ? toString(resume.headline) : null;
  // The document's name in its language: `Erika Mustermann — Lebenslauf`.
  const documentName = languageWords(resume.meta.lang).document;
  return {
    title: resume.name ? `${resume.name} — ${documentName}` : documentName,
    author: resume.name,
    subject: headline ?? resume.meta.description,
    keywords: resume.meta.keywords,
    description: resume.meta.description ?? headline ?? summaryText(resume),
    lang: resume.meta.lang,
    links: [...new Set([...resume.contacts.flatMap((contact) => (contact.href ? [contact.href] : [])), ...linkUrls(resume)])],
  };
}

/** URLs of all mdast links anywhere in the résumé. */
function linkUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linkUrls);
  if (!value || typeof value !== 'object') return [];
  const node = value as { type?: unknown; url?: unknown };
  const own = node.type === 'link' && typeof node.url === 'string' ? [node.url] : [];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => (key === 'position' ? [] : linkUrls(child)))];
}

/**
 * The summary as a reader sees it, cut to a description's length; null when there is none.
 * Why visible text: the source of raw HTML (`<script>alert(1)</script>`) is not what a reader sees.
 */
function summaryText(resume: Resume): string | null {
  const summary = visibleText(resume.summary);
  return summary ? truncate(summary, MAX_DESCRIPTION) : null;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
