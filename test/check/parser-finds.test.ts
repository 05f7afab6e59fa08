import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { contactAddress, emailsIn, phoneIn, showsAddress } from '../../pipeline/check/parser-finds.js';
import type { Contact } from '../../pipeline/model/types.js';

const test = suite('parser finds');

const contact = (kind: Contact['kind'], text: string, href: string | null): Contact => ({ type: 'contact', kind, text, href, label: null, network: null, content: [] });

test('finds e-mail addresses by their pattern, each once, without a closing dot', () => {
  assert.equal(emailsIn('Write to ines.vargas+cv@example.org. Or ines.vargas+cv@example.org\nor zoë@exämple.de'), ['ines.vargas+cv@example.org', 'zoë@exämple.de']);
  assert.equal(emailsIn('Email me · GitHub'), []);
});

test('finds a phone number by its digits, whatever separates them, never inside a longer number', () => {
  assert.is(phoneIn('ines@example.org · +34 600-000.000 · Madrid', '+34600000000'), '+34 600-000.000');
  assert.is(phoneIn('(020) 7946 0000', '020 7946 0000'), '(020) 7946 0000');
  assert.is(phoneIn('Call 1600000000 or 2014-2018', '600 000 000'), null);
  assert.is(phoneIn('Call', '+34 600 000 000'), null);
});

test('tells whether a text shows a web address, its scheme, `www.` and closing slash aside', () => {
  assert.ok(showsAddress('github.com/ivargas · ines@example.org', 'https://github.com/ivargas/'));
  assert.ok(showsAddress('www.example.com/a-very-long-\npath', 'https://example.com/a-very-long-path'));
  assert.not.ok(showsAddress('GitHub · LinkedIn', 'https://github.com/ivargas'));
});

test('a contact’s address is its link’s target without the scheme, else its text', () => {
  assert.is(contactAddress(contact('email', 'Email me', 'mailto:ines%40example.org?subject=Hi')), 'ines@example.org');
  assert.is(contactAddress(contact('phone', 'Call', 'tel:+34600000000')), '+34600000000');
  assert.is(contactAddress(contact('email', 'ines@example.org', null)), 'ines@example.org');
  assert.is(contactAddress(contact('email', 'broken', 'mailto:%E0%A4%A')), '%E0%A4%A');
});

test.run();
