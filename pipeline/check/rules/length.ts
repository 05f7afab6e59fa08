/** Rules about length: bullets and a summary too long to be read at a glance. */
import type { ListItem, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.js';

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

/** The rules about length. */
export const LENGTH_RULES: readonly Rule[] = [longBullet, longSummary];

/** The words of `nodes`' text, split on spaces. */
function wordCount(nodes: readonly Nodes[]): number {
  return nodes.reduce((count, node) => count + (toString(node, { includeHtml: false }).match(/\S+/gu)?.length ?? 0), 0);
}
