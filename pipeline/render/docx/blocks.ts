/** Handlers for mdast block nodes other than lists and tables. */
import { TextRun, type FileChild } from 'docx';
import type { Blockquote, Code, Definition, FootnoteDefinition, Heading, Html, Paragraph as MdastParagraph, ThematicBreak } from 'mdast';
import { htmlText } from '../html-text.js';
import { run } from './run.js';
import { scopedParagraph } from './scoped-paragraph.js';
import type { BlockHandler } from './state.js';
import { DEEPEST_HEADING, STYLE } from './style-ids.js';

/** A paragraph in its scope's style. */
export const paragraph: BlockHandler<MdastParagraph> = (node, state, scope) => [scopedParagraph(scope, state.phrasing(node.children, {}))];

/**
 * A heading kept inside an entry. Sections are Heading 1 and entries stand for the next rank,
 * so these start at Heading 2.
 */
export const heading: BlockHandler<Heading> = (node, state, scope) => {
  const level = Math.min(Math.max(node.depth - state.sectionDepth + 1, 2), DEEPEST_HEADING);
  return [scopedParagraph(scope, state.phrasing(node.children, {}), { style: STYLE.heading(level) })];
};

/** Quoted blocks in the Quote style. */
export const blockquote: BlockHandler<Blockquote> = (node, state, scope) => state.blocks(node.children, { ...scope, style: STYLE.quote });

/** A code block: one shaded paragraph, its lines kept by line breaks. */
export const code: BlockHandler<Code> = (node, _state, scope) => {
  const runs = node.value.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined }));
  return [scopedParagraph(scope, runs, { style: STYLE.codeBlock })];
};

/** A thematic break: an empty paragraph drawn as a thin rule. */
export const thematicBreak: BlockHandler<ThematicBreak> = (_node, _state, scope) => [scopedParagraph(scope, [], { style: STYLE.rule })];

/** Raw HTML: its text content, a paragraph per line; the markup itself is never written. */
export const html: BlockHandler<Html> = (node, _state, scope) =>
  htmlText(node.value)
    .filter((line) => line !== '')
    .map((line, index) => scopedParagraph(index === 0 ? scope : { ...scope, numbering: null }, [run(line, {})]));

/** Link definitions were resolved into links in parse and hold no text of their own. */
export const definition: BlockHandler<Definition> = () => [];

/** A footnote: its label as a superscript before its first paragraph. */
export const footnoteDefinition: BlockHandler<FootnoteDefinition> = (node, state, scope) => {
  const label = run(node.label ?? node.identifier, { style: STYLE.noteReference });
  const noteScope = { ...scope, style: STYLE.noteText };
  const [first, ...rest] = node.children;
  const opening: FileChild[] =
    first?.type === 'paragraph'
      ? [scopedParagraph(noteScope, [label, run(' ', {}), ...state.phrasing(first.children, {})])]
      : [scopedParagraph(noteScope, [label]), ...(first ? state.blocks([first], { ...noteScope, numbering: null }) : [])];
  return [...opening, ...state.blocks(rest, { ...noteScope, numbering: null })];
};

