import type { Root } from 'mdast';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { nameText, readHeader } from '../../pipeline/model/read-header.js';
import type { Block } from '../../pipeline/model/types.js';
import { parse } from '../../pipeline/parse.js';
import { plainText } from '../../pipeline/model/split-inline.js';

function header(markdown: string, namedInFrontMatter = false) {
  const tree: Root = parse(new VFile({ path: 'x.md', value: markdown }));
  const result = readHeader(tree.children.filter((node): node is Block => node.type !== 'yaml'), namedInFrontMatter);
  return {
    name: nameText(result.nameContent),
    headline: result.headline && plainText(result.headline),
    contacts: result.contacts.map((contact) => [contact.kind, contact.text, contact.label, contact.network]),
  };
}

const test = suite('readHeader');

test('takes the next heading as the name after a document title', () => {
  assert.is(header('# Resume\n\n## Jordan Ellis\n\njordan@example.com\n\n### Experience\n').name, 'Jordan Ellis');
});

test('takes a `名前：` item as the name after a document title, keeping it among the contacts as written', () => {
  const read = header('# 職務経歴書\n\n- 名前：山田 花子\n- メール：hanako@example.com\n\n## 職務要約\n');
  assert.is(read.name, '山田 花子');
  assert.equal(read.contacts, [['text', '山田 花子', '名前', null], ['email', 'hanako@example.com', 'メール', null]]);
});

test('with the name in front matter, reads recurring `#` headings as sections, not one of them as the name', () => {
  const markdown = '# Professional Experience\n\n## Acme\n\n# Education\n\n## Uni\n';
  assert.is(header(markdown, true).name, '');
  assert.is(header('# Jordan Ellis\n\n## Experience\n', true).name, 'Jordan Ellis');
});

test('leaves the alt text of an image out of the name', () => {
  assert.is(header('# ![avatar](a.png) Marcus Lee\n').name, 'Marcus Lee');
});

test('reads a bold first line as the name when there is no heading', () => {
  assert.is(header('**MARGARET HOLLOWAY**\n\nm@example.com · Boston, MA\n\n**WORK EXPERIENCE**\n').name, 'MARGARET HOLLOWAY');
});

test('reads a bold line and a small heading under the name as the headline', () => {
  assert.is(header('# Marcus Lee\n\n**Tech Lead | Maintainer**\n\n📧 m@example.com\n').headline, 'Tech Lead | Maintainer');
  assert.is(header('# Jonas Weber\n## Senior Engineer\n\n> j@example.com\n\n## Werdegang\n').headline, 'Senior Engineer');
});

test('reads labelled list items, emoji lines, key/value tables and HTML links as contacts', () => {
  assert.equal(header('# G\n\n- Email: <g@example.com>\n- GitHub: [g](https://github.com/g)\n').contacts, [
    ['email', 'g@example.com', 'Email', null],
    ['url', 'g', 'GitHub', 'GitHub'],
  ]);
  assert.equal(header('# G\n\n📱 +1 555 0162  \n📍 Austin, TX\n').contacts.map((c) => c[0]), ['phone', 'location']);
  assert.equal(header('# G\n\n| | |\n|---|---|\n| E-Mail | g@example.com |\n').contacts, [['email', 'g@example.com', 'E-Mail', null]]);
  assert.equal(header('# G\n\n<p><a href="mailto:g@example.com">Mail</a> · <a href="https://www.linkedin.com/in/g">LinkedIn</a></p>\n').contacts, [
    ['email', 'Mail', null, null],
    ['url', 'LinkedIn', null, 'LinkedIn'],
  ]);
});

test('does not read a summary sentence as the headline', () => {
  assert.is(header('# Jane\n\nWrote the first program.\n').headline, null);
});

test.run();
