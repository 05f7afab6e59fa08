import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toText } from '../../pipeline/render/text/to-text.js';
import { modelOf } from '../helpers/render.js';
import { firstDifference, words } from '../helpers/words.js';
import { SAMPLE, sampleLinkTargets, sampleWords } from '../helpers/sample.js';

function render(path?: string, value?: string, width?: number) {
  return toText(modelOf(path, value).resume, width === undefined ? {} : { width });
}

// A link target as the text renderer writes it: `<url>`, one token with no space inside.
const TARGET = /<[^\s<>]+>/g;
// A line allowed past the width: one `<url>` token, after an indent, bullet, number or quote mark.
const URL_LINE = /^\s*(?:- |\d+\. |> )?\S*<[^\s<>]+>\S*$/;

const overlong = (text: string, width: number) => text.split('\n').filter((line) => [...line].length > width);

const test = suite('toText');

test('holds every word of the sample résumé, in order, once link targets are set aside', () => {
  const difference = firstDifference(words(render().replace(TARGET, '')), sampleWords());
  assert.is(difference, null, difference ?? '');
});

test('writes every link target of the sample inside <…>, an e-mail as its address', () => {
  const text = render();
  const shown = new Set([...text.matchAll(TARGET)].map((match) => match[0].slice(1, -1)));
  for (const target of sampleLinkTargets()) {
    if (target.startsWith('mailto:')) assert.ok(text.includes(target.slice('mailto:'.length)), target);
    else assert.ok(shown.has(target), target);
  }
});

test('starts with the name and the contacts on one line joined with " · ", then a blank line', () => {
  const [name, contacts, blank, summary] = render().split('\n');
  assert.is(name, 'Reed Allman');
  assert.is(contacts, 'reed@rdallman.com · rdallman.com <https://rdallman.com>');
  assert.is(blank, '');
  assert.match(summary!, /^I’m currently building distributed compute & storage systems \[as-a-Service\], but$/);
});

test('underlines each section title with dashes of its length', () => {
  const lines = render().split('\n');
  for (const title of ['Labor', 'Education', 'Contributions', 'Human Bits']) {
    const index = lines.indexOf(title);
    assert.ok(index > 0, title);
    assert.is(lines[index + 1], '-'.repeat(title.length));
    assert.is(lines[index - 1], '');
  }
});

test('writes entry headers in source order with en-dashed dates', () => {
  const text = render();
  for (const header of [
    'Dec 2019 – Current, Self Employed',
    'May 2017 – Dec 2019, Principal Member of Technical Staff, Oracle',
    'May 2014 – April 2017, Senior Backend Engineer, Iron.io <https://iron.io>',
    'May 2013 – May 2014, Undergraduate Research Assistant, Auburn University',
    'Bachelor of Software Engineering, Auburn University, 2010 – 2014',
  ]) {
    assert.ok(text.includes(`\n${header}\n- `), header);
  }
});

test('writes bullets as "- " with continuation lines indented by two spaces', () => {
  const text = render();
  assert.is(text.split('\n').filter((line) => line.startsWith('- ')).length, 33);
  assert.ok(text.includes('\n- Available on a contract basis for cloud, security, dist systems, or static\n  analysis work\n- COVID-19 survivor (so far)\n'));
});

test('keeps lines within 80 columns, past them only for a single URL that cannot break', () => {
  assert.equal(overlong(render(), 80).filter((line) => !URL_LINE.test(line)), []);
});

test('wraps at a given width without breaking inside a URL', () => {
  const text = render(SAMPLE, undefined, 40);
  const long = overlong(text, 40);
  assert.equal(long.filter((line) => !URL_LINE.test(line)), []);
  assert.ok(long.some((line) => line.includes('<https://eng.auburn.edu/research/centers/twc/bet-program/index.html>')));
  assert.is(firstDifference(words(text.replace(TARGET, '')), sampleWords()), null);
});

test('is deterministic, ends with exactly one newline and leaves no trailing spaces', () => {
  const text = render();
  assert.is(render(), text);
  assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
  assert.equal(text.split('\n').filter((line) => line !== line.trimEnd()), []);
});

test('renders nested and numbered lists, task items, a table, a quote and code as plain text', () => {
  const markdown = [
    '# Eve Example',
    '',
    'eve@example.org · [eve.example](https://eve.example)',
    '',
    '## Work',
    '',
    '**2020-2021, Engineer, Acme**',
    '',
    '1. First step with **strong** and *emphasis* and `inline code`',
    '2. Second step',
    '   - nested bullet',
    '   - another nested bullet with enough words to wrap past the width',
    '     - deeper still',
    '3. Third, see [the docs](https://docs.example/a/very/long/path/that/cannot/be/broken/anywhere)',
    '',
    '| Year | Prize |',
    '| ---- | ----- |',
    '| 2015 | Gold  |',
    '',
    '> A quote that is quoted',
    '> and long enough to wrap at forty columns wide.',
    '',
    '```js',
    'const answer = 42;',
    '  indented();',
    '```',
    '',
    '- [x] done task',
    '- [ ] open task',
    '',
    'Mail [me](mailto:eve@example.org) or <https://eve.example>.',
  ].join('\n');
  assert.is(
    render('blocks.md', markdown, 40),
    [
      'Eve Example',
      'eve@example.org',
      'eve.example <https://eve.example>',
      '',
      'Work',
      '----',
      '',
      '2020 – 2021, Engineer, Acme',
      '1. First step with strong and emphasis',
      '   and inline code',
      '2. Second step',
      '   - nested bullet',
      '   - another nested bullet with enough',
      '     words to wrap past the width',
      '     - deeper still',
      '3. Third, see the docs',
      '   <https://docs.example/a/very/long/path/that/cannot/be/broken/anywhere>',
      '',
      'Year | Prize',
      '2015 | Gold',
      '',
      '> A quote that is quoted and long enough',
      '> to wrap at forty columns wide.',
      '',
      '    const answer = 42;',
      '      indented();',
      '',
      '- [x] done task',
      '- [ ] open task',
      '',
      'Mail me <eve@example.org> or',
      'https://eve.example.',
      '',
    ].join('\n'),
  );
});

test('writes an entry header with every word as written: the word between role and organisation, labels, notes, open starts', () => {
  const text = render('words.md', '# Eve\n\n## Work\n\n### Analytics Engineer at Rocket Internet\n**Período:** Since 2020  \n**Location:** Berlin (3 years)\n', 200);
  assert.match(text, 'Analytics Engineer at Rocket Internet, Location: Berlin, 3 years, Período: Since 2020');
});

test.run();
