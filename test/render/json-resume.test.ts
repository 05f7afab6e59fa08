import type { List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Block, Resume } from '../../pipeline/model/types.js';
import { toJsonResume } from '../../pipeline/render/json-resume/to-json-resume.js';
import { modelOf } from '../helpers/render.js';
import { words } from '../helpers/words.js';
import { schemaErrors } from '../helpers/json-resume.js';
import { SAMPLE, sampleWords } from '../helpers/sample.js';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
interface Item {
  [key: string]: JsonValue;
}

function render(path?: string, value?: string) {
  const { resume } = modelOf(path, value);
  const output = toJsonResume(resume);
  return { resume, output, json: JSON.parse(output) as { [key: string]: JsonValue } };
}

/** The string fields of each object, read in order as one text ("name: description" items). */
function records(value: JsonValue): string[] {
  if (Array.isArray(value)) return value.flatMap(records);
  if (!value || typeof value !== 'object') return [];
  const own = Object.values(value).filter((field): field is string => typeof field === 'string');
  return [own.join(' '), ...Object.values(value).flatMap(records)];
}

const list = (json: { [key: string]: JsonValue }, key: string) => (json[key] ?? []) as Item[];

/** Every string value anywhere in `value`. */
function strings(value: JsonValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Top-level list items anywhere in the résumé's sections, inside entries or not. */
function bullets(resume: Resume): ListItem[] {
  const lists = (blocks: Block[]) => blocks.filter((block): block is List => block.type === 'list').flatMap((block) => block.children);
  return resume.sections.flatMap((section) =>
    section.children.flatMap((child) => (child.type === 'entry' ? lists(child.children) : lists([child]))),
  );
}

const test = suite('toJsonResume');

test('validates against @jsonresume/schema for the sample résumé and every model fixture', () => {
  for (const path of [SAMPLE, 'test/fixtures/model/heading-entries.md', 'test/fixtures/model/contacts.md', 'test/fixtures/model/no-headings.md']) {
    assert.equal(schemaErrors(render(path).json), [], path);
  }
});

test('declares the résumé’s language in meta, and reads the e-mail of a contact section into basics', () => {
  const { json } = render('cv.md', '---\nlang: de-AT\n---\n\n# Eva Huber\n\n## Kontakt\n\n- E-Mail: eva@example.at\n');
  assert.is((json.meta as Item).language, 'de-AT');
  assert.is((json.basics as Item).email, 'eva@example.at');
  assert.equal(schemaErrors(render('cv.md', '---\nlang: de-AT\n---\n\n# Eva Huber\n').json), []);
});

test('maps the four Labor entries to work with name, position and ISO dates, no end date while current', () => {
  const work = list(render().json, 'work').map((item) => [item.name, item.position, item.startDate, item.endDate]);
  assert.equal(work, [
    ['Self Employed', undefined, '2019-12', undefined],
    ['Oracle', 'Principal Member of Technical Staff', '2017-05', '2019-12'],
    ['Iron.io', 'Senior Backend Engineer', '2014-05', '2017-04'],
    ['Auburn University', 'Undergraduate Research Assistant', '2013-05', '2014-05'],
  ]);
});

test('takes the organisation’s link as the work url', () => {
  const work = list(render().json, 'work');
  assert.equal(work.map((item) => item.url), [undefined, undefined, 'https://iron.io', undefined]);
});

test('writes each bullet as a highlight in plain text, links as their text', () => {
  const work = list(render().json, 'work');
  assert.equal(work.map((item) => (item.highlights as string[]).length), [2, 7, 7, 4]);
  assert.is((work[1]!.highlights as string[])[1], 'Involved in building out a hosted version of Fn on Oracle’s cloud.');
});

test('keeps the text of all 33 bullets of the sample, word for word, in a value or an item’s fields read in order', () => {
  const { resume, json } = render();
  const values = [...strings(json), ...records(json)].map((value) => ` ${words(value).join(' ')} `);
  const items = bullets(resume);
  assert.is(items.length, 33);
  for (const item of items) {
    const text = ` ${words(toString(item)).join(' ')} `;
    assert.ok(values.some((value) => value.includes(text)), text);
  }
});

test('maps Education to a Bachelor in Software Engineering at Auburn University, 2010–2014', () => {
  assert.equal(list(render().json, 'education'), [
    {
      institution: 'Auburn University',
      studyType: 'Bachelor',
      area: 'Software Engineering',
      startDate: '2010',
      endDate: '2014',
      courses: ['Minor in Business-Engineering-Technology (B-E-T TL;DR engineering entrepreneurship)'],
    },
  ]);
});

test('fills basics with name, address without mailto:, home page and summary', () => {
  const basics = render().json.basics as Item;
  assert.is(basics.name, 'Reed Allman');
  assert.is(basics.email, 'reed@rdallman.com');
  assert.is(basics.url, 'https://rdallman.com');
  assert.match(String(basics.summary), /^I’m currently building distributed compute & storage systems \[as-a-Service\], but am/);
  assert.ok(!('label' in basics), 'no headline, no label');
});

test('turns the GitHub, Medium and Speaker Deck links of Contributions into profiles, project links not', () => {
  const basics = render().json.basics as Item;
  assert.equal(basics.profiles, [
    { network: 'GitHub', username: 'rdallman', url: 'https://github.com/rdallman' },
    { network: 'Medium', username: 'rdallman10', url: 'https://medium.com/@rdallman10' },
    { network: 'Speaker Deck', username: 'rdallman', url: 'https://speakerdeck.com/rdallman' },
  ]);
});

test('maps Contributions to projects (name before the colon) and Human Bits to interests', () => {
  const { json } = render();
  assert.equal(list(json, 'projects'), [
    { name: 'I dabble in open source', description: 'github', url: 'https://github.com/rdallman' },
    { name: 'Sometimes I write', description: 'medium', url: 'https://medium.com/@rdallman10' },
    { name: 'Occasionally I can be convinced to stand in front of people', description: 'speakerdeck', url: 'https://speakerdeck.com/rdallman' },
    { name: 'Former co-organizer of GoSF and RocksDB meetups', url: 'https://www.meetup.com/golangsf' },
  ]);
  const interests = list(json, 'interests');
  assert.is(interests.length, 1);
  assert.is(interests[0]!.name, 'Human Bits');
  assert.is((interests[0]!.keywords as string[]).length, 8);
  assert.is((interests[0]!.keywords as string[])[7], 'Cannot figure out whether the top keeps spinning at the end of Inception');
});

test('keeps the section titles in meta, in source order', () => {
  assert.equal((render().json.meta as Item).sections, [
    { title: 'Labor', list: 'work' },
    { title: 'Education', list: 'education' },
    { title: 'Contributions', list: 'projects' },
    { title: 'Human Bits', list: 'interests' },
  ]);
});

test('loses no word of the sample résumé but the written dates, which are kept as ISO values', () => {
  const { resume, json } = render();
  // Why: a link whose text only shows its target (rdallman.com) is kept as the target.
  const values = strings(json).flatMap((value) => (URL.canParse(value) && value.startsWith('http') ? [value, value.replace(/^https?:\/\//, '')] : [value]));
  const found = new Set(values.flatMap(words));
  const dateWords = new Set(resume.sections.flatMap((section) => section.children.flatMap((child) => (child.type === 'entry' && child.dates ? words(child.dates.text) : []))));
  const missing = [...new Set(sampleWords())].filter((word) => !found.has(word));
  assert.equal(missing.filter((word) => !dateWords.has(word)), []);
  assert.equal(missing.sort(), ['April', 'Current', 'Dec', 'May']);
});

test('maps front matter: headline as label, phone, location, e-mail, home page and a GitHub profile', () => {
  const basics = render('test/fixtures/model/heading-entries.md').json.basics as Item;
  assert.equal(basics, {
    name: 'Ada Lovelace',
    label: 'Analytical engines, at scale',
    email: 'ada@example.org',
    phone: '+44 20 7946 0958',
    url: 'https://example.org/notes',
    summary: 'Wrote the first program. Likes “engines” and poetry.',
    location: { city: 'London', countryCode: 'GB' },
    profiles: [{ network: 'GitHub', username: 'ada', url: 'https://github.com/ada' }],
  });
});

test('maps heading entries with place and open end, and an Awards section to awards', () => {
  const { json } = render('test/fixtures/model/heading-entries.md');
  assert.equal(list(json, 'work')[0], { name: 'Acme', position: 'Staff Engineer', location: 'Stockholm', startDate: '2021-01', highlights: ['Built the engine', 'Wrote the notes'] });
  assert.is(list(json, 'work')[2]!.url, 'https://initech.example');
  assert.equal(list(json, 'awards'), [{ title: 'Prize of the Society', date: '2015', summary: 'Some text that is not an entry.\n\nA deeper heading\n\nYear | Prize\n2015 | Gold' }]);
});

test('puts a contact with no field of its own in the label and other URLs in profiles by host', () => {
  const basics = render('test/fixtures/model/contacts.md').json.basics as Item;
  assert.is(basics.label, 'Rear Admiral');
  assert.is(basics.url, 'https://grace.example');
  assert.equal(basics.profiles, [{ network: 'example.net', url: 'http://www.example.net' }]);
});

test('appends nested bullets to their parent and maps skills as name: keywords', () => {
  const markdown = ['# Eve', '', '## Skills', '', '- Languages: Go, Rust, C', '- Tools', '', '## Work', '', '**2020-2021, Engineer, Acme**', '', '- Led the move:', '  - to Go', '  - to Kubernetes'].join('\n');
  const { json } = render('nested.md', markdown);
  assert.equal(list(json, 'skills'), [{ name: 'Languages', keywords: ['Go', 'Rust', 'C'] }, { name: 'Tools' }]);
  assert.equal(list(json, 'work')[0]!.highlights, ['Led the move: to Go; to Kubernetes']);
  assert.equal(schemaErrors(json), []);
});

test('makes a skills table one item per row, its first cell the name and the others keywords, keeping the column names', () => {
  const markdown = ['# Eve', '', '## Skills', '', '| Area | Tools |', '| --- | --- |', '| Languages | Go, Rust; SQL |', '| Cloud | AWS · GCP |'].join('\n');
  const { json } = render('table.md', markdown);
  assert.equal(list(json, 'skills'), [{ name: 'Languages', keywords: ['Go', 'Rust', 'SQL'] }, { name: 'Cloud', keywords: ['AWS', 'GCP'] }]);
  assert.equal((json.meta as Item).sections, [{ title: 'Skills', list: 'skills', columns: ['Area', 'Tools'] }]);
  assert.equal(schemaErrors(json), []);
});

test('reads languages with their level from lists, tables and one line, under titles in other languages', () => {
  const markdown = ['# Eve', '', '## Sprachen', '', 'Deutsch (Muttersprache), Englisch – C1', '', '## Langues', '', '- Français : courant', '', '## Idiomas', '', '| Idioma | Nivel |', '| --- | --- |', '| Español | nativo |'].join('\n');
  const { json } = render('languages.md', markdown);
  assert.equal(list(json, 'languages'), [
    { language: 'Deutsch', fluency: 'Muttersprache' },
    { language: 'Englisch', fluency: 'C1' },
    { language: 'Français', fluency: 'courant' },
    { language: 'Español', fluency: 'nativo' },
  ]);
});

test('maps section titles in the résumé languages to their lists', () => {
  const titles = ['Berufserfahrung', 'Expérience professionnelle', 'Formação Acadêmica', 'Compétences', 'Programmiersprachen', 'Projekte', '工作经历', '学歴', 'Ehrenamt', 'Publicaciones'];
  const markdown = ['# Eve', '', ...titles.flatMap((title) => [`## ${title}`, '', 'Some words.', ''])].join('\n');
  const sections = ((render('titles.md', markdown).json.meta as Item).sections as Item[]).map((section) => section.list);
  assert.equal(sections, ['work', 'work', 'education', 'skills', 'skills', 'projects', 'work', 'education', 'volunteer', 'publications']);
});

test('lists each quoted publication as an item, without the quote marker', () => {
  const markdown = ['# Eve', '', '## Publications', '', '> Doe, E. *Consensus at scale*. OSDI 2021.', '>', '> Doe, E. *Gossip, revisited*. SOSP 2023.'].join('\n');
  assert.equal(list(render('quotes.md', markdown).json, 'publications').map((item) => item.name), ['Doe, E. Consensus at scale. OSDI 2021.', 'Doe, E. Gossip, revisited. SOSP 2023.']);
});

test('splits the place into city, region and country code where the text says which is which', () => {
  const place = (location: string) => (render('place.md', `---\nlocation: ${location}\n---\n# Eve\n`).json.basics as Item).location;
  assert.equal(place('Austin, TX'), { city: 'Austin', region: 'TX', countryCode: 'US' });
  assert.equal(place('Berlin, Deutschland'), { city: 'Berlin', countryCode: 'DE' });
  assert.equal(place('Montréal, QC, Canada'), { city: 'Montréal', region: 'QC', countryCode: 'CA' });
  assert.equal(place('Tokyo'), { city: 'Tokyo' });
  assert.equal(place('Somewhere, Nowhereland'), { city: 'Somewhere, Nowhereland' });
  assert.equal(place('Hauptstraße 5, Berlin'), { address: 'Hauptstraße 5, Berlin' });
});

test('is deterministic pretty JSON with two-space indent and one trailing newline', () => {
  const first = render().output;
  assert.is(render().output, first);
  assert.ok(first.startsWith('{\n  "$schema": '));
  assert.ok(first.endsWith('}\n') && !first.endsWith('\n\n'));
  assert.equal(Object.keys(JSON.parse(first) as object), ['$schema', 'basics', 'work', 'education', 'interests', 'projects', 'meta']);
});

test.run();
