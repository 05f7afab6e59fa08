import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { useColor } from '../../pipeline/color.js';
import { formatText } from '../../pipeline/check/format-text.js';
import { CLEAN, checkMarkdown } from '../helpers/check.js';

const test = suite('formatText');

test('prints the build’s diagnostic lines with the rule id, then the counts', async () => {
  const file = await checkMarkdown(CLEAN.replace('## Experience', '## Labor').replace('+34 600 000 000', '600 000 000'));
  const lines = formatText([file], false).split('\n');
  assert.is(lines.length, 3);
  assert.match(lines[0]!, /^.*\/cv\.md:3:20: info: `600 000 000` has no country code: .* \[contact-phone-international\]$/);
  assert.match(lines[1]!, /^.*\/cv\.md:7:1: warning: `Labor` is not a title .* \[ats-section-title\]$/);
  assert.is(lines[2], '0 errors, 1 warning and 1 info message in 1 file');
  assert.not.match(formatText([file], false), /\x1b\[/);
});

test('colours the severity and dims the rule id when asked', async () => {
  const file = await checkMarkdown(CLEAN.replace('## Experience', '## Labor'));
  const text = formatText([file], true);
  assert.match(text, /: \x1b\[33mwarning\x1b\[0m: /);
  assert.match(text, / \x1b\[2m\[ats-section-title\]\x1b\[0m/);
});

test('colour only on a terminal, and never with NO_COLOR', () => {
  assert.is(useColor({ isTTY: true }, {}), true);
  assert.is(useColor({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.is(useColor({ isTTY: true }, { NO_COLOR: '' }), true);
  assert.is(useColor({ isTTY: false }, {}), false);
  assert.is(useColor({}, {}), false);
});

test.run();
