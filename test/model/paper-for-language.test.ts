import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { paperForLanguage } from '../../pipeline/model/paper-for-language.js';

const test = suite('paperForLanguage');

test('gives Letter where the language’s region prints on it, A4 elsewhere', () => {
  const tags = ['en', 'en-US', 'en-CA', 'es-MX', 'fr-CA', 'en-GB', 'de', 'fr', 'es', 'pt-BR', 'ja', 'zh', 'ar', 'not a tag'];
  assert.equal(
    tags.map((tag) => [tag, paperForLanguage(tag)]),
    [['en', 'letter'], ['en-US', 'letter'], ['en-CA', 'letter'], ['es-MX', 'letter'], ['fr-CA', 'letter'], ['en-GB', 'a4'], ['de', 'a4'], ['fr', 'a4'], ['es', 'a4'], ['pt-BR', 'a4'], ['ja', 'a4'], ['zh', 'a4'], ['ar', 'a4'], ['not a tag', 'a4']],
  );
});

test.run();
