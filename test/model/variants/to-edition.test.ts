import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { toEdition } from '../../../pipeline/model/variants/to-edition.js';
import type { Edition } from '../../../pipeline/model/variants/variant-tag.js';
import { toOutline } from '../../../pipeline/model/to-outline.js';
import { toText } from '../../../pipeline/render/text/to-text.js';
import { parse } from '../../../pipeline/parse.js';

const FRONT = '---\nvariants: [academic, industry]\n---\n\n';

/** The text rendering of `edition` of `markdown`, and the messages about it. */
function cut(markdown: string, edition: Edition = { variant: null, public: false }) {
  const file = new VFile({ path: 'cv.md', value: markdown });
  const resume = toEdition(parse(file), file, edition);
  const messages = file.messages.map((message) => `${message.line}:${message.column}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`);
  return { resume, text: toText(resume), messages };
}

const test = suite('toEdition');

test('a section heading’s tag takes the whole section, up to the next section', () => {
  const markdown = `${FRONT}# Dana Okafor\n\n## Teaching <!-- only: academic -->\n\n### Lecturer, Uni\n\n- Taught systems\n\n## Skills\n\nGo\n`;
  const academic = cut(markdown, { variant: 'academic', public: false });
  assert.ok(academic.text.includes('Taught systems'));
  assert.not.ok(academic.text.includes('only:'), 'the tag itself is gone');
  const industry = cut(markdown, { variant: 'industry', public: false });
  assert.equal(toOutline(industry.resume).sections.map((section) => section.title), ['Skills']);
  assert.not.ok(industry.text.includes('Lecturer'));
  assert.equal(industry.messages, []);
});

test('a bullet’s tag takes the bullet; an entry’s first line’s tag takes the entry with its bullets', () => {
  const markdown = `${FRONT}# Dana Okafor\n\n## Experience\n\n**2019–2021, Engineer, Acme**\n\n- Built the cache <!-- only: industry -->\n- Wrote docs\n\n**2015–2019, Assistant, Uni** <!-- only: academic -->\n\n- Graded exams\n`;
  const industry = cut(markdown, { variant: 'industry', public: false });
  assert.equal(toOutline(industry.resume).sections[0]!.entries.map((entry) => [entry.role, entry.bullets]), [['Engineer', 2]]);
  assert.not.ok(industry.text.includes('Graded exams'));
  const academic = cut(markdown, { variant: 'academic', public: false });
  assert.equal(toOutline(academic.resume).sections[0]!.entries.map((entry) => [entry.role, entry.bullets]), [['Engineer', 1], ['Assistant', 1]]);
  assert.not.ok(academic.text.includes('Built the cache'));
});

test('the master keeps every variant’s content, without the tags', () => {
  const markdown = `${FRONT}# Dana Okafor\n\n## Experience\n\n- Built the cache <!-- only: industry -->\n- Graded exams <!-- only: academic -->\n- Kept secrets <!-- private -->\n`;
  const { text, messages } = cut(markdown);
  for (const words of ['Built the cache', 'Graded exams', 'Kept secrets']) assert.ok(text.includes(words), words);
  assert.not.match(text, /only:|private|<!--/);
  assert.equal(messages, []);
});

test('a tag on a line of its own takes the block below it; any other comment stays an invisible note', () => {
  const markdown = `${FRONT}# Dana Okafor\n\nSummary for all.\n\n<!-- only: academic -->\nA paragraph for academia.\n\n<!-- remember: private matters -->\n\n## Skills\n\n<!-- private -->\n| Tool | Years |\n| --- | --- |\n| Go | 5 |\n`;
  const industry = cut(markdown, { variant: 'industry', public: false });
  assert.not.ok(industry.text.includes('academia'));
  assert.ok(industry.text.includes('Summary for all.'));
  assert.ok(industry.text.includes('Go'));
  assert.ok(cut(markdown, { variant: 'academic', public: false }).text.includes('academia'));
  assert.not.ok(cut(markdown, { variant: null, public: true }).text.includes('Years'), 'the private table is left out of a public edition');
});

test('a tag in a table row takes the row; in the header row, the table', () => {
  const markdown = `${FRONT}# Dana Okafor\n\n## Skills\n\n| Tool | Years |\n| --- | --- |\n| Go | 5 |\n| Prolog <!-- only: academic --> | 2 |\n`;
  const industry = cut(markdown, { variant: 'industry', public: false });
  assert.ok(industry.text.includes('Go'));
  assert.not.ok(industry.text.includes('Prolog'));
});

test('a tag after a contact item takes that item; a public edition drops the phone and the street', () => {
  const markdown = `${FRONT}# Dana Okafor\n\ndana@example.org · +1 555 010 7788 · Address: 12 Main St, Springfield, IL 62704 · https://dana.example <!-- only: industry -->\n\n## Skills\n\nGo\n`;
  const academic = cut(markdown, { variant: 'academic', public: false });
  assert.equal(academic.resume.contacts.map((contact) => contact.kind), ['email', 'phone', 'location']);
  const industry = cut(markdown, { variant: 'industry', public: true });
  assert.equal(industry.resume.contacts.map((contact) => [contact.kind, contact.text]), [['email', 'dana@example.org'], ['location', 'Springfield, IL'], ['url', 'https://dana.example']]);
  assert.ok(industry.text.includes('Address: Springfield, IL'));
  assert.not.ok(industry.text.includes('555'));
});

test('a public edition drops a private contact item, and the phone of a contact section', () => {
  const markdown = `# Dana Okafor\n\ndana@example.org · https://dana.example <!-- private -->\n\n## Contact\n\n- Phone: +1 555 010 7788\n- Location: Springfield, IL\n`;
  const { resume, text } = cut(markdown, { variant: null, public: true });
  assert.equal(resume.contacts.map((contact) => contact.kind), ['email']);
  assert.equal(resume.bodyContacts.map((contact) => contact.kind), ['location']);
  assert.not.ok(text.includes('555'));
  assert.not.ok(text.includes('dana.example'));
  assert.ok(text.includes('Springfield, IL'));
});

test('a public edition drops the phone and the street of a contact section written as lines or on one line', () => {
  for (const lines of ['Phone: +1 555 010 0199 · dana@example.org · 12 Main St, Springfield, IL 62704', 'Phone: +1 555 010 0199\\\ndana@example.org\\\n12 Main St, Springfield, IL 62704']) {
    const { resume, text } = cut(`# Dana Okafor\n\n## Contact\n\n${lines}\n\n## Skills\n\nGo\n`, { variant: null, public: true });
    assert.equal(resume.bodyContacts.map((contact) => [contact.kind, contact.text]), [['email', 'dana@example.org'], ['location', 'Springfield, IL']], lines);
    assert.not.ok(text.includes('555'), lines);
    assert.not.ok(text.includes('Main St'), lines);
    assert.ok(text.includes(lines.includes('·') ? 'dana@example.org · Springfield, IL' : 'dana@example.org\nSpringfield, IL'), text);
  }
  // The master keeps the section as written.
  assert.ok(cut('# Dana Okafor\n\n## Contact\n\nPhone: +1 555 010 0199 · dana@example.org\n').text.includes('Phone: +1 555 010 0199 · dana@example.org'));
});

test('a public edition drops a phone number however it is labelled, and keeps what only has digits in it', () => {
  const items = ['Tel. +1 555 010 7788', 'Cell 555-010-7788', '+1 555 010 7788 (mobile)', '携帯 090-1234-5678'];
  for (const item of items) {
    const { resume, text } = cut(`# Dana Okafor\n\ndana@example.org · ${item} · Berlin 10115\n`, { variant: null, public: true });
    assert.equal(resume.contacts.map((contact) => contact.text), ['dana@example.org', 'Berlin 10115'], item);
    assert.not.match(text, /\d{3}[-\s]\d{4}/, item);
  }
});

test('a private tag takes what ends last before it on its line: the headline, a contact item, a contact section’s line', () => {
  const headline = cut('# Dana Okafor\n\nSecret headline <!-- private -->\ndana@example.org · Springfield\n', { variant: null, public: true });
  assert.is(headline.resume.headline, null);
  assert.equal(headline.resume.contacts.map((contact) => contact.text), ['dana@example.org', 'Springfield']);
  const section = cut('# Dana Okafor\n\n## Contact\n\nGitHub: github.com/dana <!-- private -->\\\nEmail: dana@example.org\n\n## Skills\n\nGo\n', { variant: null, public: true });
  assert.not.match(section.text, 'github.com/dana');
  assert.match(section.text, 'Email: dana@example.org');
  assert.equal(section.messages, []);
});

test('a private tag that takes nothing is an error: what it marks would be published', () => {
  const { messages, text } = cut('**Dana Okafor** <!-- private -->\n\n## Skills\n\nGo\n', { variant: null, public: true });
  assert.equal(messages, ['1:17: error: Cannot tell what this variant tag leaves out: put it at the end of a heading, a bullet, an entry’s first line or a contact item, or on a line of its own above a block']);
  assert.match(text, 'Dana Okafor');
});

test('a variant overrides the headline, pages, theme and paper', () => {
  const markdown = `---\nvariants:\n  academic: { headline: Researcher, pages: 2, theme: modern, paper: a4 }\n  industry:\n---\n\n# Dana Okafor\n\nEngineer\n\n## Skills\n\nGo\n`;
  const academic = cut(markdown, { variant: 'academic', public: false }).resume;
  assert.equal(toOutline(academic).headline, 'Researcher');
  assert.equal([academic.meta.pages, academic.meta.theme, academic.meta.paper], [2, 'modern', 'a4']);
  assert.equal(academic.metaPlaces.theme, { line: 3, column: 54 });
  const industry = cut(markdown, { variant: 'industry', public: false }).resume;
  assert.equal(toOutline(industry).headline, 'Engineer');
  assert.equal([industry.meta.pages, industry.meta.theme, industry.meta.paper], [null, null, null]);
});

test('a variant with `public: true` is public', () => {
  const markdown = `---\nvariants:\n  web: { public: true }\n---\n\n# Dana Okafor\n\ndana@example.org · +1 555 010 7788\n\n## Skills\n\n- Go\n- Secret clearance <!-- private -->\n`;
  const { text } = cut(markdown, { variant: 'web', public: false });
  assert.not.ok(text.includes('555'));
  assert.not.ok(text.includes('Secret'));
});

test('a tag naming an undeclared variant is an error at its line, with the declared names (a warning when none is declared)', () => {
  const { messages } = cut(`${FRONT}# Dana Okafor\n\n## Skills\n\n- Go <!-- only: acadmic -->\n`);
  assert.equal(messages, ['9:6: error: This tag names a variant `acadmic` that front matter `variants:` does not declare: expected `academic`, `industry`']);
  const none = cut('# Dana Okafor\n\n- Go <!-- only: academic -->\n').messages;
  assert.equal(none, ['3:6: warning: This tag names the variant `academic`, but front matter declares no variants: add `variants: [academic]` to it']);
});

test('a malformed `only:` tag is an error; a tag with nothing to apply to is a warning', () => {
  assert.equal(cut(`${FRONT}# Dana Okafor\n\n- Go <!-- only: academic and industry -->\n`).messages, [
    '7:6: error: A variant tag lists variant names separated by commas, such as `<!-- only: academic, industry -->`, not `<!-- only: academic and industry -->`',
  ]);
  assert.equal(cut(`${FRONT}# Dana Okafor\n\nText.\n\n<!-- private -->\n`).messages, [
    '9:1: warning: This variant tag applies to nothing: put it at the end of a heading, a bullet, an entry’s first line or a contact item, or on a line of its own above a block',
  ]);
});

test('an unknown `--variant` is an error that lists the declared variants, or says there are none', () => {
  assert.equal(cut(`${FRONT}# Dana Okafor\n`, { variant: 'acadmic', public: false }).messages, [
    '2:12: error: Unknown variant `acadmic` for `--variant`: did you mean `academic`? Expected one of the variants front matter declares: `academic`, `industry`',
  ]);
  assert.equal(cut('# Dana Okafor\n', { variant: 'academic', public: false }).messages, [
    '1:1: error: `--variant academic`: this résumé declares no variants; declare them in front matter, such as `variants: [academic]`',
  ]);
});

test.run();
