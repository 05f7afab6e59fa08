import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDateRange } from '../../pipeline/model/parse-dates.js';

const test = suite('parseDateRange');

const cases: Array<[string, string, string]> = [
  ['May 2017-Dec 2019', '2017-05', '2019-12'],
  ['Dec 2019-Current', '2019-12', 'present'],
  ['Jan. 2020 – Mar. 2021', '2020-01', '2021-03'],
  ['2010-2014', '2010', '2014'],
  ['2014–2017', '2014', '2017'],
  ['2022–now', '2022', 'present'],
  ['03/2018 - 11/2019', '2018-03', '2019-11'],
  ['2019-04 – present', '2019-04', 'present'],
  ['May 2014-April 2017', '2014-05', '2017-04'],
  ['Sept 2017 — Today', '2017-09', 'present'],
];

for (const [text, start, end] of cases) {
  test(`normalises "${text}" to ${start}…${end}`, () => {
    const range = parseDateRange(text);
    assert.ok(range, 'expected a date range');
    assert.is(range.text, text);
    assert.is(range.start?.value, start);
    assert.is(range.end?.value, end);
  });
}

test('reads a single year as a range of one point', () => {
  const range = parseDateRange('2014');
  assert.is(range?.start?.value, '2014');
  assert.is(range?.end?.value, '2014');
});

test('keeps the written text of each end', () => {
  const range = parseDateRange('Jan. 2020 – Mar. 2021');
  assert.is(range?.start?.text, 'Jan. 2020');
  assert.is(range?.end?.text, 'Mar. 2021');
});

test('refuses words that are not dates', () => {
  for (const text of ['Self Employed', 'Oracle', 'Foo 2019', '13/2019', '2019-13', 'Ma 2019']) {
    assert.is(parseDateRange(text), null, text);
  }
});

test.run();
