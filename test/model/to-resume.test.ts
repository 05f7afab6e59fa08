import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { toOutline } from '../../pipeline/model/to-outline.js';
import { toResume } from '../../pipeline/model/to-resume.js';
import { parse } from '../../pipeline/parse.js';
import { SAMPLE } from '../helpers/sample.js';

function model(path: string, value = readFileSync(path, 'utf8')) {
  const file = new VFile({ path, value });
  const resume = toResume(parse(file), file);
  return { resume, outline: toOutline(resume), file };
}

const sample = suite('toResume on the sample résumé');

sample('reads the name and both contacts with their targets', () => {
  const { outline } = model(SAMPLE);
  assert.is(outline.name, 'Reed Allman');
  assert.equal(outline.contacts, [
    { kind: 'email', text: 'reed@rdallman.com', href: 'mailto:reed@rdallman.com', line: 3 },
    { kind: 'url', text: 'rdallman.com', href: 'https://rdallman.com', line: 3 },
  ]);
});

sample('finds the four sections at the ### level', () => {
  const { outline } = model(SAMPLE);
  assert.equal(outline.sections.map((section) => section.title), ['Labor', 'Education', 'Contributions', 'Human Bits']);
});

sample('reads the four Labor entries with role, organisation and dates', () => {
  const { outline } = model(SAMPLE);
  const labor = outline.sections[0]!.entries.map((e) => [e.role, e.organization, e.dates?.start, e.dates?.end]);
  assert.equal(labor, [
    ['Self Employed', null, '2019-12', 'present'],
    ['Principal Member of Technical Staff', 'Oracle', '2017-05', '2019-12'],
    ['Senior Backend Engineer', 'Iron.io', '2014-05', '2017-04'],
    ['Undergraduate Research Assistant', 'Auburn University', '2013-05', '2014-05'],
  ]);
});

sample('reads the Education entry with its dates last', () => {
  const { resume, outline } = model(SAMPLE);
  const entry = outline.sections[1]!.entries[0]!;
  assert.equal([entry.role, entry.organization, entry.dates?.start, entry.dates?.end], ['Bachelor of Software Engineering', 'Auburn University', '2010', '2014']);
  const node = resume.sections[1]!.children[0]!;
  assert.is(node.type === 'entry' && node.datesFirst, false);
});

sample('keeps the linked organisation as a link', () => {
  const { resume } = model(SAMPLE);
  const entry = resume.sections[0]!.children[2]!;
  assert.is(entry.type, 'entry');
  const organization = entry.type === 'entry' ? entry.organization : null;
  assert.equal(organization?.[0]?.type, 'link');
});

sample('keeps the summary, with typographic quotes and literal brackets', () => {
  const { resume } = model(SAMPLE);
  const summary = JSON.stringify(resume.summary);
  assert.match(summary, /I’m currently building/);
  assert.match(summary, /\[as-a-Service\]/);
});

sample('keeps the bullet lists of Contributions and Human Bits as blocks', () => {
  const { resume } = model(SAMPLE);
  assert.is(resume.sections[2]!.children[0]!.type, 'list');
  assert.is(resume.sections[3]!.children[0]!.type, 'list');
});

sample('reports no warnings', () => {
  const { file } = model(SAMPLE);
  assert.equal(file.messages.map(String), []);
});

sample.run();

const conventions = suite('toResume on other conventions');

conventions('reads sub-heading entries with —, commas and "at", and emphasised date lines', () => {
  const { outline } = model('test/fixtures/model/heading-entries.md');
  assert.equal(outline.sections[0], {
    title: 'Experience',
    entries: [
      { role: 'Staff Engineer', organization: 'Acme', location: 'Stockholm', dates: { text: 'Jan 2021 – Present', start: '2021-01', end: 'present' }, line: 21, bullets: 2 },
      { role: 'Engineer', organization: 'Globex', location: 'Berlin', dates: { text: '03/2018 - 11/2019', start: '2018-03', end: '2019-11' }, line: 28, bullets: 0 },
      { role: 'Intern', organization: 'Initech', location: null, dates: { text: '2014–2017', start: '2014', end: '2017' }, line: 34, bullets: 0 },
    ],
    blocks: 0,
    line: 19,
  });
});

conventions('keeps what matches no convention as ordered blocks', () => {
  const { resume, outline } = model('test/fixtures/model/heading-entries.md');
  assert.is(outline.sections[1]!.entries[0]!.role, 'Prize of the Society');
  const entry = resume.sections[1]!.children[0]!;
  assert.equal(entry.type === 'entry' && entry.children.map((child) => child.type), ['paragraph', 'heading', 'table']);
  const globex = resume.sections[0]!.children[1]!;
  assert.equal(globex.type === 'entry' && globex.children.map((child) => child.type), ['paragraph']);
});

conventions('takes the name from front matter `author`, or a `title` that reads as a name, only when the Markdown gives none', () => {
  const name = (value: string) => model('x.md', value).outline.name;
  assert.is(name('---\nauthor: Priya Nandakumar\n---\n## Experience\n'), 'Priya Nandakumar');
  assert.is(name('---\ntitle: Thijs Brouwer\n---\nt@example.com\n\n# Experience\n\n# Ervaring\n'), 'Thijs Brouwer');
  assert.is(name('---\ntitle: Curriculum Vitae\nauthor: Beatrix Holloway\n---\n# Education\n\n# Experience\n'), 'Beatrix Holloway');
  assert.is(name('---\ntitle: About Me\n---\n# Haruto Lindgren\n'), 'Haruto Lindgren');
  assert.is(name('---\ntitle: About\n---\nA developer.\n\n## Work\n'), null);
});

conventions('lets front matter override the name and fill headline, contacts and options', () => {
  const { outline, file } = model('test/fixtures/model/heading-entries.md');
  assert.is(outline.name, 'Ada Lovelace');
  assert.is(outline.headline, 'Analytical engines, at scale');
  assert.equal(outline.contacts.map((c) => [c.kind, c.href]), [
    ['email', 'mailto:ada@example.org'],
    ['phone', 'tel:+442079460958'],
    ['location', null],
    ['url', 'https://github.com/ada'],
    ['url', 'https://example.org/notes'],
  ]);
  assert.equal(outline.meta, { lang: 'en-GB', paper: 'a4', pages: null, theme: null, keywords: ['engines', 'notes'], description: null });
  assert.equal(file.messages.map((m) => [m.line, m.column, m.ruleId]), [[15, 1, 'name-override']]);
});

conventions('classifies contact items split on | and line breaks', () => {
  const { outline } = model('test/fixtures/model/contacts.md');
  assert.equal(outline.contacts.map((c) => [c.kind, c.text, c.href]), [
    ['email', 'grace@example.com', 'mailto:grace@example.com'],
    ['phone', '+1 (555) 010-9999', 'tel:+15550109999'],
    ['location', 'Arlington, VA', null],
    ['url', 'site', 'https://grace.example'],
    ['url', 'www.example.net', 'http://www.example.net'],
    ['text', 'Rear Admiral', null],
  ]);
  assert.is(outline.sections[0]!.entries[0]!.organization, 'Remington Rand');
});

conventions('puts a file with no headings into the summary, with no name and a warning', () => {
  const { resume, file } = model('test/fixtures/model/no-headings.md');
  assert.is(resume.name, null);
  assert.equal(resume.sections, []);
  assert.equal(resume.summary.map((block) => block.type), ['paragraph', 'list']);
  assert.equal(file.messages.map(String), ['test/fixtures/model/no-headings.md:1:1: No name found: expected a `# Name` heading at the top or `name:` in front matter']);
});

conventions('warns about unknown front matter keys at their line and column', () => {
  const { file } = model('x.md', '---\nname: A\ncolour: blue\n---\n\n# A\n');
  assert.equal(file.messages.map((m) => [m.line, m.column, m.fatal]), [[3, 1, false]]);
  assert.match(file.messages[0]!.reason, /Unknown front matter key `colour`/);
});

conventions('warns about a bold line that looks like an entry header without dates', () => {
  const { file, resume } = model('x.md', '# A\n\n## Work\n\n**Engineer, Acme**\n');
  assert.is(resume.sections[0]!.children[0]!.type, 'paragraph');
  assert.equal(file.messages.map((m) => [m.line, m.column]), [[5, 1]]);
});

conventions('skips front matter links that are not absolute web or mail URLs, with a warning', () => {
  const { outline, file } = model('x.md', '---\nlinks: [javascript:alert(1), github.com/x, https://ok.example]\n---\n\n# A\n');
  assert.equal(outline.contacts.map((contact) => contact.href), ['https://ok.example']);
  assert.equal(file.messages.map((m) => [m.line, m.column, m.ruleId]), [[2, 9, 'unsafe-url'], [2, 30, 'unsafe-url']]);
});

conventions('makes straight quotes curly but leaves dashes and ellipses as typed', () => {
  const { resume } = model('x.md', "# A\n\nIt's -- \"really\"...\n");
  assert.match(JSON.stringify(resume.summary), /It’s -- “really”\.\.\./);
});

conventions('reads undecided entry headers in the order front matter `entries` gives, with no warning', () => {
  const markdown = '---\nentries: organization-first\n---\n# Eve\n\n## Work\n\n### Zalindo — Nimbleworth\n\n*2019 – 2021*\n';
  const { outline, file } = model('x.md', markdown);
  assert.equal([outline.sections[0]!.entries[0]!.organization, outline.sections[0]!.entries[0]!.role], ['Zalindo', 'Nimbleworth']);
  assert.equal(file.messages.map(String), []);
  const unhinted = model('y.md', markdown.replace('entries: organization-first', 'name: Eve'));
  assert.match(unhinted.file.messages.map(String).join('\n'), /add `entries: organization-first`/);
});

conventions('reads the contacts of a contact section as the body\'s, leaving the section where it stands', () => {
  const { outline } = model('cv.md', '# Miriam Krüger\n\n## Kontakt\n\n- E-Mail: miriam@example.com\n- Telefon: +49 221 5550 1203\n\n## Berufserfahrung\n');
  assert.equal(outline.contacts, []);
  assert.equal(outline.bodyContacts.map((contact) => [contact.kind, contact.text, contact.line]), [['email', 'miriam@example.com', 5], ['phone', '+49 221 5550 1203', 6]]);
  assert.equal(outline.sections.map((section) => [section.title, section.blocks]), [['Kontakt', 1], ['Berufserfahrung', 0]]);
});

conventions('finds an e-mail address written in a sentence when no contact gives one', () => {
  const { outline } = model('cv.md', '# Sanne Verhoeven\n\nReach me at [sanne@example.nl](mailto:sanne@example.nl).\n\n## Experience\n\nWrite to other@example.org too.\n');
  assert.equal(outline.bodyContacts.map((contact) => [contact.kind, contact.text, contact.line]), [['email', 'sanne@example.nl', 3]]);
  assert.equal(model('cv.md', '# Sanne Verhoeven\n\nsanne@example.nl\n\n## About\n\nWrite to other@example.org.\n').outline.bodyContacts, []);
});

conventions('takes the e-mail of a template\'s own front-matter field into the header, at its place', () => {
  const markdown = '---\ntitle: CV Camille Roussel\nauthor: <camille@example.fr> - Grenoble, France\n---\n\n## Expériences\n';
  const { outline } = model('cv.md', markdown);
  assert.is(outline.name, 'Camille Roussel');
  assert.equal(outline.contacts, [{ kind: 'email', text: 'camille@example.fr', href: 'mailto:camille@example.fr', line: 3 }]);
  assert.equal(model('cv.md', '---\nheader-info: a@example.com\n---\n\n# Jo Doe\n\nb@example.com\n').outline.contacts.map((contact) => contact.text), ['b@example.com']);
});

conventions('reads contacts split by a full-width slash, and a Japanese education table by its headers', () => {
  const { outline } = model('cv.md', '# 職務経歴書\n\n氏名：佐藤 美咲\n\nメール：misaki@example.jp ／ 電話：090-5555-0123\n\n## 学歴\n\n| 期間 | 学校名 | 学部・学科 |\n|------|--------|------------|\n| 2013年4月 〜 2017年3月 | 東都工科大学 | 工学部 情報工学科 |\n');
  assert.is(outline.name, '佐藤 美咲');
  assert.equal(outline.contacts.filter((contact) => contact.kind !== 'text').map((contact) => [contact.kind, contact.text]), [['email', 'misaki@example.jp'], ['phone', '090-5555-0123']]);
  assert.equal(outline.sections[0]!.entries.map((entry) => [entry.role, entry.organization, entry.dates?.start, entry.dates?.end]), [['工学部 情報工学科', '東都工科大学', '2013-04', '2017-03']]);
});

conventions('keeps a figure under an entry\'s date line out of its header', () => {
  const { outline } = model('cv.md', '# Ada Test\n\nada@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – present\n\n![Diagram of the pipeline](d.png)\n\n- Built it.\n');
  assert.equal(outline.sections[0]!.entries.map((entry) => [entry.role, entry.organization, entry.dates?.text]), [['Engineer', 'Acme', '2020 – present']]);
});

conventions('reads Arabic and Hebrew entries: their commas, month names and words for now', () => {
  const arabic = model('cv.md', '---\nlang: ar\n---\n# أمل الحسيني\n\namal@example.com\n\n## الخبرة\n\n**مهندسة برمجيات أولى، شركة الخليج للتقنية، مارس 2019 – الآن**\n\n- قيادة فريق\n\n### مهندسة برمجيات — مؤسسة النيل\n\n*يناير 2014 – حتى الآن*\n').outline;
  assert.equal(arabic.sections[0]!.entries.map((entry) => [entry.role, entry.organization, entry.dates?.start, entry.dates?.end]), [
    ['مهندسة برمجيات أولى', 'شركة الخليج للتقنية', '2019-03', 'present'],
    ['مهندسة برمجيات', 'مؤسسة النيل', '2014-01', 'present'],
  ]);
  const hebrew = model('cv.md', '---\nlang: he\n---\n# נועה לוי\n\nnoa@example.org\n\n## ניסיון\n\n### מהנדסת תוכנה, חברת אופק\n\n*מרץ 2020 – היום*\n').outline;
  assert.equal(hebrew.sections[0]!.entries.map((entry) => [entry.dates?.start, entry.dates?.end]), [['2020-03', 'present']]);
});

conventions.run();
