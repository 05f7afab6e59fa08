// Issue 12's bar: on every recognition corpus (the one the rules were tuned on and the held-out ones,
// two of them written blind), each measure is 90% or better.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MEASURES, percent } from './compare.js';
import { CORPORA, scoreCorpus } from './score-corpus.js';

const test = suite('recognition corpora');

for (const corpus of CORPORA) {
  test(`${corpus}: every measure is 90% or better`, async () => {
    const { total } = await scoreCorpus(corpus);
    const below = MEASURES.flatMap((measure) => {
      const share = percent(total[measure]);
      return share !== null && share < 90 ? [`${measure} ${share.toFixed(1)}%`] : [];
    });
    assert.equal(below, []);
  });
}

test.run();
