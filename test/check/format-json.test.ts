import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toJsonReport } from '../../pipeline/check/format-json.js';
import { CLEAN, checkMarkdown } from '../helpers/check.js';

const test = suite('toJsonReport');

test('lists each file’s messages in source order with rule, severity and span, and counts them', async () => {
  const file = await checkMarkdown(CLEAN.replace('## Experience', '## Labor').replace('Mar 2021 – Present', 'Mar 2022 – Mar 2021'));
  assert.equal(toJsonReport([file]), {
    files: [
      {
        path: file.path,
        messages: [
          { ruleId: 'ats-section-title', severity: 'warning', message: file.messages.find((m) => m.ruleId === 'ats-section-title')!.reason, line: 7, column: 1, endLine: 7, endColumn: 9 },
          { ruleId: 'date-end-before-start', severity: 'error', message: file.messages.find((m) => m.ruleId === 'date-end-before-start')!.reason, line: 9, column: 3, endLine: 9, endColumn: 22 },
        ],
      },
    ],
    errors: 1,
    warnings: 1,
    infos: 0,
  });
});

test.run();
