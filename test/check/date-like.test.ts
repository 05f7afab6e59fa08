import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { looksLikeDate } from '../../pipeline/check/date-like.js';

const test = suite('looksLikeDate');

test('reads mistyped and unsupported dates as dates', () => {
  for (const text of ['Jun 20201', '13/2019', "Summer '19", 'Fall ’20', '2019.13', 'since 2019 until', 'Sept 19']) {
    assert.ok(looksLikeDate(text), text);
  }
});

test('does not read names, places, durations or amounts as dates', () => {
  for (const text of ['Expo 2020', 'Berlin', '(2 years)', 'Washington, DC 20001', 'Class of 2019', 'Series B', 'May', 'v2.1']) {
    assert.not.ok(looksLikeDate(text), text);
  }
});

test.run();
