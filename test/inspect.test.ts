import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatOutline } from '../pipeline/format-outline.js';
import { loadDocument } from '../pipeline/load-document.js';
import { toOutline } from '../pipeline/model/to-outline.js';
import { runCli, tempDir } from './helpers/cli.js';

const MISREAD = 'test/fixtures/inspect/misread.md';

async function outlineOf(path: string) {
  const document = await loadDocument(path);
  if (!document.ok) throw new Error(`${path} did not load`);
  return toOutline(document.resume);
}

function markdown(text: string): string {
  const path = join(tempDir(), 'cv.md');
  writeFileSync(path, text);
  return path;
}

const outline = suite('toOutline');

outline('gives each contact, section and entry the line it starts on', async () => {
  const { contacts, sections } = await outlineOf(MISREAD);
  assert.equal(contacts.map((contact) => [contact.kind, contact.line]), [['email', 5], ['phone', 5], ['location', 6]]);
  assert.equal(sections.map((section) => [section.title, section.line]), [['Experience', 10], ['Education', 31], ['Interests', 35]]);
  assert.equal(sections[0]!.entries.map((entry) => [entry.role, entry.line]), [['Staff Engineer', 14], ['Engineer', 22]]);
});

outline('counts the bullets directly in each entry, not those of nested lists', async () => {
  const { sections } = await outlineOf(MISREAD);
  assert.equal(sections[0]!.entries.map((entry) => entry.bullets), [3, 1]);
});

outline('keeps DESIGN.md’s fields of an entry, plain text, absent values null', async () => {
  const { sections } = await outlineOf(MISREAD);
  assert.equal(sections[0]!.entries[0], {
    role: 'Staff Engineer',
    organization: 'Acme',
    location: null,
    dates: { text: '2019-04 – present', start: '2019-04', end: 'present' },
    line: 14,
    bullets: 3,
  });
});

outline('lists each block that was not recognised, with its line and a reason', async () => {
  const { unrecognised } = await outlineOf(MISREAD);
  assert.equal(unrecognised, [
    { line: 1, type: 'paragraph', reason: 'A paragraph before the `# Name` heading on line 3: it is shown in the summary, under the name' },
    { line: 12, type: 'paragraph', reason: 'A paragraph before the first entry of “Experience”: it belongs to no entry' },
    { line: 33, type: 'heading', reason: 'A level-4 heading in “Education”: entries are level-3 headings (or bold lines with dates), so it is kept as a heading' },
    { line: 35, type: 'heading', reason: 'A level-1 heading starts the section “Interests”, but sections here are level-2 headings (the level of the first heading after the name)' },
  ]);
});

outline('does not list HTML comments, the text of a section without entries, or sub-headings inside an entry', async () => {
  const path = markdown('<!-- private -->\n\n# Jane Doe\n\n## Skills\n\nGo, Rust.\n\n## Work\n\n<!-- only: academic -->\n\n### Engineer, Acme\n\n#### Projects\n\n- A pager\n');
  assert.equal((await outlineOf(path)).unrecognised, []);
});

outline('gives a contact from front matter the line of its value', async () => {
  const path = markdown('---\nname: Jane Doe\nemail: jane@example.com\nlinks:\n  - https://jane.example\n---\n\n# Jane Doe\n');
  assert.equal((await outlineOf(path)).contacts.map((contact) => [contact.text, contact.line]), [['jane@example.com', 3], ['jane.example', 5]]);
});

outline.run();

const text = suite('formatOutline');

text('prints the name, the contacts, each section with its entries, then what was not recognised', async () => {
  assert.is(
    formatOutline(await outlineOf(MISREAD)),
    [
      'Jane Doe',
      '  contacts: email jane@example.com (line 5) · phone +1 555 010 0100 (line 5) · location Berlin, Germany (line 6)',
      '  Experience (line 10)',
      '    Staff Engineer · Acme · 2019-04 – present (line 14, 3 bullets)',
      '    Engineer · Globex · 2015 – 2019-03 (line 22, 1 bullet)',
      '  Education (line 31)',
      '  Interests (line 35)',
      '  not recognised:',
      '    line 1: A paragraph before the `# Name` heading on line 3: it is shown in the summary, under the name',
      '    line 12: A paragraph before the first entry of “Experience”: it belongs to no entry',
      '    line 33: A level-4 heading in “Education”: entries are level-3 headings (or bold lines with dates), so it is kept as a heading',
      '    line 35: A level-1 heading starts the section “Interests”, but sections here are level-2 headings (the level of the first heading after the name)',
    ].join('\n'),
  );
});

text('shows a one-year entry’s date once, the headline, and a résumé with no name', async () => {
  const path = markdown('## Awards\n\n**Prize of the Society, 2015**\n');
  assert.is(formatOutline(await outlineOf(path)), ['(no name)', '  Awards (line 1)', '    Prize of the Society · 2015 (line 3, 0 bullets)'].join('\n'));
  const withHeadline = markdown('---\nheadline: Platform engineer\n---\n# Jane Doe\n');
  assert.is(formatOutline(await outlineOf(withHeadline)), 'Jane Doe\n  headline: Platform engineer');
});

text.run();

const cli = suite('resume inspect');

cli('prints JSON by default: DESIGN.md’s shape, with lines, bullets and the unrecognised blocks', () => {
  const { status, stdout, stderr } = runCli(['inspect', MISREAD]);
  assert.is(status, 0, stderr);
  const json = JSON.parse(stdout);
  assert.is(json.name, 'Jane Doe');
  assert.equal(json.contacts[0], { kind: 'email', text: 'jane@example.com', href: 'mailto:jane@example.com', line: 5 });
  assert.equal(Object.keys(json.sections[0]), ['title', 'line', 'entries', 'blocks']);
  assert.equal(json.sections[0].entries[1].bullets, 1);
  assert.equal(json.unrecognised.map((block: { line: number }) => block.line), [1, 12, 33, 35]);
});

cli('prints the readable tree with --format text', () => {
  const { status, stdout } = runCli(['inspect', MISREAD, '--format', 'text']);
  assert.is(status, 0);
  assert.match(stdout, /^Jane Doe\n {2}contacts: email jane@example\.com \(line 5\)/);
  assert.match(stdout, /\n {4}Staff Engineer · Acme · 2019-04 – present \(line 14, 3 bullets\)\n/);
});

cli('refuses an unknown --format as a usage error (exit 2)', () => {
  const { status, stdout, stderr } = runCli(['inspect', MISREAD, '--format', 'yaml']);
  assert.is(status, 2);
  assert.is(stdout, '');
  assert.match(stderr, /^resume: Unknown format `yaml`: expected json or text for inspect$/m);
});

cli('reports the same warnings as the build, from the same defused document', () => {
  const input = 'test/fixtures/errors/hostile.md';
  const diagnostics = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith(`${input}:`));
  const inspected = runCli(['inspect', input]);
  const built = runCli(['build', input, '--out', tempDir(), '--format', 'json']);
  assert.is(inspected.status, 0);
  assert.ok(diagnostics(inspected.stderr).length >= 10, inspected.stderr);
  assert.equal(diagnostics(inspected.stderr), diagnostics(built.stderr));
  assert.not.match(inspected.stdout, /javascript:/);
});

cli('exits 1 with every front matter error at its place, and prints no outline', () => {
  const input = 'test/fixtures/front-matter/five-bad-values.md';
  const { status, stdout, stderr } = runCli(['inspect', input]);
  assert.is(status, 1);
  assert.is(stdout, '');
  assert.equal(
    stderr.split('\n').filter(Boolean).map((line) => line.split(': error: ')[0]),
    ['3:7', '4:8', '5:8', '6:8', '7:8'].map((at) => `${input}:${at}`),
  );
});

cli.run();
