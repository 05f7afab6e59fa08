/** Reads a variant tag: the HTML comment `<!-- only: academic, industry -->` or `<!-- private -->`. */

/** What a tag keeps its element for: some variants only, or every edition but a public one. */
export type VariantTag = { kind: 'only'; names: string[] } | { kind: 'private' };

/** A tag, a malformed `only:` comment (with the reason), or null for any other HTML: an invisible note. */
export type TagReading = { tag: VariantTag } | { problem: string } | null;

const COMMENT = /^<!--([\s\S]*?)-->$/;
const ONLY = /^only\s*:([\s\S]*)$/i;
/** A variant's name: lower case letters, digits and hyphens. Why this shape: it becomes part of a file name (`cv.academic.pdf`). */
export const VARIANT_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The tag the raw HTML `html` is, if it is one. */
export function readVariantTag(html: string): TagReading {
  const inner = COMMENT.exec(html.trim())?.[1]?.trim();
  if (inner === undefined) return null;
  if (inner.toLowerCase() === 'private') return { tag: { kind: 'private' } };
  const list = ONLY.exec(inner)?.[1];
  if (list === undefined) return null;
  const names = list.split(',').map((name) => name.trim().toLowerCase());
  if (names.length === 0 || names.some((name) => !VARIANT_NAME.test(name))) {
    return { problem: `A variant tag lists variant names separated by commas, such as \`<!-- only: academic, industry -->\`, not \`${html.trim()}\`` };
  }
  return { tag: { kind: 'only', names: [...new Set(names)] } };
}

/** Whether an element with `tags` belongs to the edition: a variant (null: the master, which keeps every cut's content) that is public or not. */
export function belongsTo(tags: readonly VariantTag[], edition: Edition): boolean {
  return tags.every((tag) => (tag.kind === 'private' ? !edition.public : edition.variant === null || tag.names.includes(edition.variant)));
}

/** Which cut of the résumé a build makes. */
export interface Edition {
  /** A declared variant's name; null for the master, which keeps everything each variant keeps. */
  variant: string | null;
  /** Leave out the phone number, the street and everything tagged `private`. */
  public: boolean;
}
