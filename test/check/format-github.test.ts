import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { formatGithub } from '../../pipeline/check/format-github.js';
import { CLEAN, checkMarkdown } from '../helpers/check.js';

const test = suite('formatGithub');

test('one workflow command a message: file, line, column and the rule as title; info is a notice', async () => {
  const file = await checkMarkdown(CLEAN.replace('## Experience', '## Labor').replace('+34 600 000 000', '600 000 000').replace('Mar 2021 – Present', 'Mar 2022 – Mar 2021'));
  const lines = formatGithub([file]).split('\n');
  const path = file.path;
  assert.equal(lines, [
    `::notice file=${path},line=3,col=20,title=contact-phone-international::\`600 000 000\` has no country code: write it in international form, with \`+\` and the country code (\`+44 20 7946 0000\` for a UK number), so it can be dialled from abroad`,
    `::warning file=${path},line=7,col=1,title=ats-section-title::\`Labor\` is not a title applicant tracking systems read as work experience, so the jobs under it may not count: rename it to \`Experience\`, \`Work Experience\` or \`Professional Experience\``,
    `::error file=${path},line=9,col=3,title=date-end-before-start::The end \`Mar 2021\` comes before the start \`Mar 2022\`: swap the dates or correct the one that is wrong, so that the range reads earliest first`,
  ]);
});

test('escapes what would end a property or the message, and leaves out a place it does not have', () => {
  const file = new VFile({ path: 'my cv, v2:final.md' });
  file.message('50% done\nnext line', { ruleId: 'odd' }).fatal = true;
  assert.is(formatGithub([file]), '::error file=my cv%2C v2%3Afinal.md,title=odd::50%25 done%0Anext line');
  assert.is(formatGithub([new VFile({ path: 'cv.md' })]), '');
});

test.run();
