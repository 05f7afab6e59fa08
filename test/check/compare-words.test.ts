import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compareWords } from '../../pipeline/check/compare-words.js';
import { readingWords } from '../../pipeline/check/reading-words.js';

const test = suite('compareWords');

const SOURCE = 'Ines Vargas Experience Staff Engineer, Acme Payments Mar 2021 – Present Led the rewrite of the ledger service. Education BSc, Wrenford University 2014 – 2018';
const compare = (read: string) => compareWords(readingWords(SOURCE), readingWords(read));
const wordsAt = (indices: number[]) => indices.map((index) => readingWords(SOURCE)[index]);

test('finds nothing when every word is read back, in order, whatever the lines and dashes', () => {
  assert.equal(compare('Ines Vargas\nExperience\nStaff Engineer, Acme Payments\nMar 2021-Present\n• Led the rewrite of the ledger service.\nEducation\nBSc, Wrenford University\n2014 - 2018'), { missing: [], moved: [] });
});

test('a word read nowhere is missing, at its index among the résumé’s words', () => {
  const result = compare(SOURCE.replace('ledger ', ''));
  assert.equal(wordsAt(result.missing), ['ledger']);
  assert.equal(result.moved, []);
});

test('dates read after the bullets are out of order, with where they are read', () => {
  const read = 'Ines Vargas Experience Staff Engineer, Acme Payments Led the rewrite of the ledger service. Mar 2021 – Present Education BSc, Wrenford University 2014 – 2018';
  const result = compare(read);
  assert.equal(result.missing, []);
  assert.equal(wordsAt(result.moved.map((word) => word.expected)), ['Mar', '2021', 'Present']);
  assert.equal(readingWords(read)[result.moved[0]!.actual], 'Mar');
});

test('a word a line break split, or words a reader joined, count as read', () => {
  const words = ['see', 'github.com/inesvargas', 'for', 'one', 'to', 'many', 'work'];
  assert.equal(compareWords(words, ['see', 'github.com/ines', 'vargas', 'for', 'onetomany', 'work']), { missing: [], moved: [] });
});

test('words read back that the résumé lacks (a page number) are no problem', () => {
  assert.equal(compare(`${SOURCE} 1/2`), { missing: [], moved: [] });
  assert.equal(compare(`Page 1 ${SOURCE}`), { missing: [], moved: [] });
});

test('folds case, ligatures and quote styles, but not a modifier letter for an apostrophe', () => {
  assert.equal(compareWords(['Oracle’s', 'office', 'Experience'], ["ORACLE'S", 'oﬃce', 'EXPERIENCE']), { missing: [], moved: [] });
  assert.equal(compareWords(['Oracle’s', 'cloud'], ['Oracleʼs', 'cloud']).missing, [0]);
});

test('an empty read-back lacks every word; a scrambled one has words out of order', () => {
  assert.equal(compareWords(['a', 'b', 'c'], []).missing, [0, 1, 2]);
  const scrambled = compareWords(['one', 'two', 'three', 'four'], ['four', 'three', 'two', 'one']);
  assert.equal(scrambled.missing, []);
  assert.is(scrambled.moved.length, 3);
});

test.run();

const words = suite('readingWords');

words('splits on white space and dashes, and leaves off punctuation and symbols around a word', () => {
  assert.equal(readingWords('May 2017-Dec 2019, “Staff” (Oracle) • node.js — C++ | a/b'), ['May', '2017', 'Dec', '2019', 'Staff', 'Oracle', 'node.js', 'C', 'a/b']);
});

words('an emoji, with its variation selector, is no word; soft hyphens and zero-width spaces are nothing', () => {
  assert.equal(readingWords('⚙️ Skills 👩‍💻 infra\u00adstructure a\u200bb'), ['Skills', 'infrastructure', 'ab']);
});

words.run();
