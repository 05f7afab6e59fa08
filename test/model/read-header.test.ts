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
    person: result.name,
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

test('names the person a greeting introduces, keeping the heading as written', () => {
  const read = header('# Hi, I’m Tomas Rigby 👋\n\n[Email](mailto:t@example.com)\n');
  assert.is(read.name, 'Hi, I’m Tomas Rigby 👋');
  assert.is(read.person, 'Tomas Rigby');
  assert.is(header('## Hallo, ich bin Jana Novak!\n\njana@example.com\n\n## Erfahrung\n').person, 'Jana Novak');
});

test('reads a smaller first heading as the name when it reads as one and contacts follow it', () => {
  assert.is(header('![](me.jpg)\n\n## Sanne Verhoeven\n\nsanne@example.com · Zwolle\n\n### Over mij\n').person, 'Sanne Verhoeven');
  assert.is(header('## **周雨桐**\n\n:email: zhou@example.com\n\n## **教育经历**\n').person, '周雨桐');
  assert.is(header('## Sanne Verhoeven\n\nI write backends.\n\n## Experience\n').person, null);
  assert.is(header('## Contact\n\nsanne@example.com\n').person, null);
});

test('never takes the title of a section for the name', () => {
  assert.is(header('Education\n======\n\n* PhD, Kestrel University, 2022\n').person, null);
  assert.is(header('# Experience as Junior Developer\n\n## Acme\n').person, null);
  // A document title with no name after it is shown as written, but names no one.
  assert.is(header('# Resume\n\n## Education\n\n- BSc\n').person, null);
  assert.is(header('# Resume\n\n## Education\n\n- BSc\n').name, 'Resume');
});

test('reads a name and contacts written in a raw HTML block, which then renders once, as the header', () => {
  const markdown = '<h1 align="center">Delphine Okafor</h1>\n<p align="center">\n  Embedded Software Engineer<br>\n  <a href="mailto:d@example.com">d@example.com</a> · Pittsburgh, PA\n</p>\n\n## Experience\n';
  const read = header(markdown);
  assert.is(read.person, 'Delphine Okafor');
  assert.is(read.headline, 'Embedded Software Engineer');
  assert.equal(read.contacts.map((contact) => [contact[0], contact[1]]), [['email', 'd@example.com'], ['location', 'Pittsburgh, PA']]);
  assert.is(header('<div id="name">\n  <h1><a href="/">Ingrid Solberg</a></h1>\n</div>\n\n## Work\n').name, 'Ingrid Solberg');
});

test('keeps an HTML block it cannot read whole as HTML', () => {
  const blocks = parse(new VFile({ path: 'x.md', value: '<h1>Ana Lima</h1><img src="a.png">\n\n## Work\n' })).children as Block[];
  const result = readHeader(blocks);
  assert.is(result.name, null);
  assert.is(result.end, 0);
});

test('splits a line of links joined by dashes or slashes into contacts', () => {
  assert.equal(header('# D\n\n[Website](https://d.example.com) - [Email](mailto:d@example.com)\n').contacts.map((c) => c[0]), ['url', 'email']);
  assert.equal(header('# A\n\n**Engineer**<br>\nPune, India<br>\n[a.example.com](https://a.example.com) / [a@example.com](mailto:a@example.com)\n').contacts.map((c) => c[0]), ['location', 'url', 'email']);
});

test('reads contacts past HTML wrapper tags and comments that hold no words', () => {
  const markdown = '# Tomas\n\n<div align="center">\n\n[![Email](https://img.shields.io/badge/Email-blue)](mailto:t@example.com)\n\n</div>\n\n## Work\n';
  assert.equal(header(markdown).contacts.map((c) => c[0]), ['email']);
});

test('with the name only in front matter, still reads the contacts at the top', () => {
  const read = header('<!-- note -->\nb@example.org · Wrenford\n\n# Education\n\n# Experience\n', true);
  assert.is(read.person, null);
  assert.equal(read.contacts.map((c) => c[0]), ['email', 'text']);
});

test('reads a `Name:` line of a first section as the name when nothing else gives one, leaving it in place', () => {
  const blocks = parse(new VFile({ path: 'x.md', value: 'Rust developer.\n\n## Contacts\nName: Oskar Lindqvist-Berg\n\nE-mail: o@example.com\n\n## Work\n' })).children as Block[];
  const result = readHeader(blocks);
  assert.is(result.name, 'Oskar Lindqvist-Berg');
  assert.is(result.end, 0);
});

test('takes the name after a document title in the same heading, which is shown as written', () => {
  const read = header('# Lebenslauf – Jonas Hartwig\n\n## Persönliche Daten\n\n| | |\n|---|---|\n| E-Mail | jonas@example.de |\n');
  assert.equal([read.person, read.name, read.headline], ['Jonas Hartwig', 'Lebenslauf – Jonas Hartwig', null]);
});

test('takes a heading above the rest of the outline, under the name, as the headline', () => {
  const read = header('# **Olena Kravets** #\n\n## **Junior Front-end Developer**\n\n### **Contact information:**\n\n* **Phone:** +380 55 555 0193\n\n### Experience\n');
  assert.is(read.headline, 'Junior Front-end Developer');
  assert.is(header('# Olena Kravets\n\n## Experience\n\n### Acme\n').headline, null);
});

test('takes a name heading one level down when it tops the whole outline', () => {
  assert.is(header('![](me.jpg)\n\n## Sanne Verhoeven\n\n### About me\n\nText.\n\n### Experience\n').name, 'Sanne Verhoeven');
  assert.is(header('## Sanne Verhoeven\n\n### About me\n\n## Experience\n').name, '');
});

test.run();
