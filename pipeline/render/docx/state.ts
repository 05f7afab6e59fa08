/** What handlers share while one résumé renders, and the dispatch on `node.type` with its fallback. */
import type { FileChild, NumberingDefinition, ParagraphChild } from 'docx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { warn } from '../../diagnostics.js';
import type { ThemeTokens } from '../../theme/theme.js';
import type { PageLayout } from './page.js';
import { run } from './run.js';
import { scopedParagraph } from './scoped-paragraph.js';

/** Run formatting inherited from the phrasing nodes around a run. */
export interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  /** Character style id of the run. */
  style?: string;
  /** Character style of links inside (the contact line's links look unlike the body's). */
  linkStyle?: string;
  /** Whether the paragraph runs right to left: a run of no letters (digits, punctuation) then does too (direction.ts). */
  rightToLeft?: boolean;
}

/** The list a paragraph belongs to. */
export interface ListNumbering {
  reference: string | NumberingDefinition;
  level: number;
  instance: number;
}

/** Where a block sits: its paragraph style, the numbering its first paragraph takes, its list depth and indent. */
export interface Scope {
  style: string | undefined;
  numbering: ListNumbering | null;
  /** Level of the enclosing list, -1 outside lists. */
  level: number;
  /** Left indent in twips for paragraphs that continue a list item, 0 elsewhere. */
  indent: number;
  /**
   * Space before the first paragraph in twips, where it differs from its style's: where the
   * HTML's margins collapse (the larger of two adjacent margins, not their sum, see
   * space-before.ts). Only the first block of `blocks` takes it.
   */
  before?: number;
}

/** Scope of the document body. */
export const ROOT_SCOPE: Scope = { style: undefined, numbering: null, level: -1, indent: 0 };

/** Renders a block-level node (résumé or mdast) into Word paragraphs and tables. */
export type BlockHandler<N> = (node: N, state: State, scope: Scope) => FileChild[];
/** Renders an inline node into runs and hyperlinks. */
export type PhrasingHandler<N> = (node: N, state: State, marks: Marks) => ParagraphChild[];

/** What every handler gets: the file for messages, the theme, the page, and dispatch back into the tables. */
export interface State {
  readonly file: VFile;
  readonly tokens: ThemeTokens;
  readonly layout: PageLayout;
  /** Markdown depth of the résumé's section headings. */
  readonly sectionDepth: number;
  /** Whether the résumé's language is written right to left (tables then run right to left too). */
  readonly rightToLeft: boolean;
  /** Render blocks; only the first takes `scope.numbering`, so a list item has one bullet. */
  blocks(nodes: readonly Node[], scope: Scope): FileChild[];
  /** Render inline content into runs and hyperlinks. */
  phrasing(nodes: readonly Node[], marks: Marks): ParagraphChild[];
  /** A fresh numbering instance, so that each ordered list counts from its start. */
  nextListInstance(): number;
}

/** The handler tables, keyed by `node.type`. */
export interface Handlers {
  block: Readonly<Record<string, BlockHandler<never>>>;
  phrasing: Readonly<Record<string, PhrasingHandler<never>>>;
}

/** State for one render; handlers are looked up by `node.type`, unknown nodes warn and keep their text. */
export function createState(base: Pick<State, 'file' | 'tokens' | 'layout' | 'sectionDepth' | 'rightToLeft'>, handlers: Handlers): State {
  let listInstances = 0;
  const state: State = {
    ...base,
    blocks: (nodes, scope) => nodes.flatMap((node, index) => block(node, index === 0 ? scope : { ...scope, numbering: null, before: undefined })),
    phrasing: (nodes, marks) => nodes.flatMap((node) => inline(node, base.rightToLeft ? { ...marks, rightToLeft: true } : marks)),
    nextListInstance: () => ++listInstances,
  };

  function block(node: Node, scope: Scope): FileChild[] {
    const handler = lookup(handlers.block, node) as BlockHandler<Node> | undefined;
    if (handler) return handler(node, state, scope);
    const text = unknown(node);
    return text ? [scopedParagraph(scope, [run(text, {})])] : [];
  }

  function inline(node: Node, marks: Marks): ParagraphChild[] {
    const handler = lookup(handlers.phrasing, node) as PhrasingHandler<Node> | undefined;
    if (handler) return handler(node, state, marks);
    const text = unknown(node);
    return text ? [run(text, marks)] : [];
  }

  function unknown(node: Node): string {
    warn(
      base.file,
      `The DOCX renderer has no handler for a \`${node.type}\` node, so only its text is written; expected a Markdown block or inline node`,
      node,
      'docx-unknown-node',
    );
    return toString(node);
  }

  return state;
}

function lookup<T>(table: Readonly<Record<string, T>>, node: Node): T | undefined {
  return Object.hasOwn(table, node.type) ? table[node.type] : undefined;
}
