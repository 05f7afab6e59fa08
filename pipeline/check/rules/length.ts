/** Rules about length: bullets and a summary too long to be read at a glance, a PDF of too many pages. */
import type { ListItem, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { AnyRule, BuiltRule, Rule } from '../rule.js';

const MAX_BULLET_WORDS = 40;
const MAX_SUMMARY_WORDS = 80;

const longBullet: Rule = {
  id: 'bullet-length',
  severity: 'info',
  description: `A bullet of more than ${MAX_BULLET_WORDS} words.`,
  fix: 'Cut it to one achievement in a line or two, or split it in two.',
  check(context, report) {
    const blocks = context.resume.sections.flatMap((section) => section.children.flatMap((child): Nodes[] => (child.type === 'entry' ? child.children : [child])));
    for (const block of [...context.resume.summary, ...blocks]) {
      visit(block, 'listItem', (item: ListItem) => {
        // A nested list's items are bullets of their own.
        const count = wordCount(item.children.filter((child) => child.type !== 'list'));
        if (count <= MAX_BULLET_WORDS) return;
        report(`This bullet has ${count} words: recruiters skim, so keep a bullet under ${MAX_BULLET_WORDS} words (one achievement in a line or two), or split it`, item.position);
      });
    }
  },
};

const longSummary: Rule = {
  id: 'summary-length',
  severity: 'info',
  description: `A summary (the text between the header and the first section) of more than ${MAX_SUMMARY_WORDS} words.`,
  fix: 'Keep it to three or four lines: who you are, what you do best, what you look for.',
  check(context, report) {
    const { summary } = context.resume;
    const count = wordCount(summary);
    if (count <= MAX_SUMMARY_WORDS) return;
    report(`The summary has ${count} words: keep it under ${MAX_SUMMARY_WORDS} (three or four lines) so that a recruiter reads it whole`, summary[0]?.position);
  },
};

/** The default of front matter `pages`. */
export const DEFAULT_PAGES = 2;

const tooManyPages: BuiltRule = {
  id: 'length-pages',
  severity: 'warning',
  description: `A built PDF of more pages than front matter \`pages\` allows (default ${DEFAULT_PAGES}).`,
  fix: 'Cut what matters least for the job (old roles, long bullets, a long summary), or raise `pages` if the length is deliberate.',
  checkBuilt(context, report) {
    const { limit, place } = context.pages;
    for (const { readBack } of context.readings) {
      if (readBack.pages === null || readBack.pages <= limit) continue;
      const allowed = place ? `the ${limit} that front matter \`pages\` allows` : `${limit} (the default of front matter \`pages\`)`;
      const raise = place ? 'raise `pages`' : `set front matter \`pages: ${readBack.pages}\``;
      report(`The PDF takes ${readBack.pages} pages, more than ${allowed}: recruiters read a page or two, so cut what matters least for the job (old roles, long bullets), or ${raise} if the length is deliberate`, place ?? { line: 1, column: 1 });
    }
  },
};

/** The rules about length. */
export const LENGTH_RULES: readonly AnyRule[] = [longBullet, longSummary, tooManyPages];

/** The words of `nodes`' text, split on spaces. */
function wordCount(nodes: readonly Nodes[]): number {
  return nodes.reduce((count, node) => count + (toString(node, { includeHtml: false }).match(/\S+/gu)?.length ?? 0), 0);
}
