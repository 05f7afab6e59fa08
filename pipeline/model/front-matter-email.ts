/**
 * The e-mail address a template's own front-matter field holds (`header-info: … | me@example.com`,
 * `author: <me@example.com> - Grenoble`, a `contact:` list): the person's address when neither
 * `email:` nor the Markdown gives one. Read from the YAML's text, as data.
 */
import type { Yaml } from 'mdast';
import type { Point } from 'unist';
import { EMAIL_IN_TEXT } from './classify-contact.js';


/** The first e-mail address written in the front matter, and where it stands in the file; null when none. */
export function frontMatterEmail(node: Yaml | undefined): { address: string; place: Point } | null {
  const match = node && EMAIL_IN_TEXT.exec(node.value);
  if (!node || !match) return null;
  const before = node.value.slice(0, match.index);
  const lines = before.split('\n');
  // The YAML text starts on the line after the opening `---`.
  return { address: match[0], place: { line: (node.position?.start.line ?? 1) + lines.length, column: lines.at(-1)!.length + 1 } };
}
