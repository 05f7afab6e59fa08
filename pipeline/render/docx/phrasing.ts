/** Handlers for mdast phrasing nodes: runs and native hyperlinks, formatting carried down as marks. */
import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { LinkReference, PhrasingContentMap } from 'mdast';
import { htmlText } from '../html-text.js';
import { imageIcon } from './image.js';
import { run } from './run.js';
import type { Marks, PhrasingHandler, State } from './state.js';
import { STYLE } from './style-ids.js';
import { SAFE_PROTOCOLS } from '../../model/defuse-unsafe-content.js';

// Why: a line ending inside a Markdown paragraph is a soft break, which reads as a space.
const softBreaks = (value: string) => value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');

/** One handler per mdast phrasing node type. */
export const phrasingHandlers: { [K in keyof PhrasingContentMap]: PhrasingHandler<PhrasingContentMap[K]> } = {
  text: (node, _state, marks) => [run(softBreaks(node.value), marks)],
  strong: (node, state, marks) => state.phrasing(node.children, { ...marks, bold: true }),
  emphasis: (node, state, marks) => state.phrasing(node.children, { ...marks, italics: true }),
  delete: (node, state, marks) => state.phrasing(node.children, { ...marks, strike: true }),
  // Why: no monospace face ships with the theme, so code keeps the body font on a grey ground, as the HTML does.
  inlineCode: (node, _state, marks) => [run(softBreaks(node.value), { ...marks, style: STYLE.inlineCode })],
  break: () => [new TextRun({ break: 1 })],
  link: (node, state, marks) => {
    const children = state.phrasing(node.children, { ...marks, style: marks.linkStyle ?? STYLE.hyperlink });
    // Why: a Word hyperlink must point somewhere a recruiter can open; relative paths and other schemes stay text.
    return isExternalUrl(node.url) ? [new ExternalHyperlink({ link: node.url, children })] : children;
  },
  // References were resolved into links in parse; one left here had no definition and reads as written.
  linkReference: (node, state, marks) => reference(node, state, marks),
  // A figure (an image alone in its paragraph) is the paragraph handler's: see handlers.ts.
  image: imageIcon,
  imageReference: (node, _state, marks) => (node.alt ? [run(node.alt, marks)] : []),
  footnoteReference: (node, _state, marks) => [run(node.label ?? node.identifier, { ...marks, style: STYLE.noteReference })],
  html: (node, _state, marks) =>
    htmlText(node.value).flatMap((line, index) => [
      ...(index > 0 ? [new TextRun({ break: 1 })] : []),
      ...(line ? [run(line, marks)] : []),
    ]),
};

function isExternalUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && SAFE_PROTOCOLS.includes(scheme);
}

/** `[text]`, `[text][]` or `[text][label]`, as the source wrote it. */
function reference(node: LinkReference, state: State, marks: Marks): ParagraphChild[] {
  const suffix = node.referenceType === 'full' ? `[${node.label ?? node.identifier}]` : node.referenceType === 'collapsed' ? '[]' : '';
  return [run('[', marks), ...state.phrasing(node.children, marks), run(`]${suffix}`, marks)];
}
