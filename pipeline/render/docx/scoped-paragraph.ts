/** A paragraph placed by its scope: the scope's style, list numbering and indent unless told otherwise. */
import { Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Scope } from './state.js';

/** Build a paragraph of `children` in `scope`; `options` (such as a style of its own) win. */
export function scopedParagraph(scope: Scope, children: ParagraphChild[], options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    style: scope.style,
    numbering: scope.numbering ?? undefined,
    indent: scope.indent > 0 ? { left: scope.indent } : undefined,
    spacing: scope.before === undefined ? undefined : { before: scope.before },
    ...options,
    children,
  });
}
