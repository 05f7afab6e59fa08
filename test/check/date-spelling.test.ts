import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dateSpelling, isUndecided, sameSpelling } from '../../pipeline/check/date-spelling.js';

const spelling = (text: string, value = '2019-12') => dateSpelling({ text, value });
const test = suite('dateSpelling');

test('spells months abbreviated, with a dot, in full, or as numbers', () => {
  assert.equal(spelling('Dec 2019'), ['Mon', ' ', 'YYYY']);
  assert.equal(spelling('Dec. 2019'), ['Mon.', ' ', 'YYYY']);
  assert.equal(spelling('December 2019'), ['Month', ' ', 'YYYY']);
  assert.equal(spelling('12/2019'), ['#', '/', 'YYYY']);
  assert.equal(spelling('03/2019', '2019-03'), ['MM', '/', 'YYYY']);
  assert.equal(spelling('2019-04', '2019-04'), ['YYYY', '-', 'MM']);
});

test('says nothing of years alone, present words, seasons and months without a year', () => {
  assert.is(spelling('2019', '2019'), null);
  assert.is(spelling('Present', 'present'), null);
  assert.is(spelling('Summer 2019', '2019-06'), null);
  assert.is(spelling('Avril', '2019-04'), null);
});

test('May and a four-letter month agree with any spelling; padded and unpadded numbers do not', () => {
  assert.ok(isUndecided(spelling('May 2017', '2017-05')!));
  assert.ok(sameSpelling(spelling('May 2017', '2017-05')!, spelling('Dec 2019')!));
  assert.ok(sameSpelling(spelling('June 2017', '2017-06')!, spelling('December 2019')!));
  assert.not.ok(sameSpelling(spelling('Dec 2019')!, spelling('December 2019')!));
  assert.not.ok(sameSpelling(spelling('Dec 2019')!, spelling('Dec. 2019')!));
  assert.not.ok(sameSpelling(spelling('3/2019', '2019-03')!, spelling('03/2019', '2019-03')!));
  assert.ok(sameSpelling(spelling('12/2019')!, spelling('03/2019', '2019-03')!));
});

test.run();
