import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { linkAddress, normaliseAddress } from '../../pipeline/check/link-address.js';

const test = suite('linkAddress');

test('reads URLs with or without a scheme, and e-mails, as one comparable address', () => {
  assert.is(linkAddress('https://www.GitHub.com/ivargas/'), 'github.com/ivargas');
  assert.is(linkAddress('github.com/ivargas'), 'github.com/ivargas');
  assert.is(linkAddress('ivargas.dev'), 'ivargas.dev');
  assert.is(linkAddress('Ines@Example.org'), 'mailto:ines@example.org');
  assert.is(normaliseAddress('mailto:ines@example.org?subject=Hi'), 'mailto:ines@example.org');
  assert.is(normaliseAddress('http://github.com/ivargas'), 'github.com/ivargas');
});

test('words and names with dots are not addresses', () => {
  for (const text of ['my blog', 'Node.js', 'ASP.NET', 'GitHub', 'v2.1']) assert.is(linkAddress(text), null, text);
});

test.run();
