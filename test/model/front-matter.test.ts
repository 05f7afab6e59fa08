import { readFileSync } from 'node:fs';
import type { Yaml } from 'mdast';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { readFrontMatter } from '../../pipeline/model/front-matter.js';
import { parse } from '../../pipeline/parse.js';

const FIXTURES = 'test/fixtures/front-matter';

/** Front matter of `value` (default: the fixture at `path`) and the messages about it. */
function read(path: string, value = readFileSync(path, 'utf8')) {
  const file = new VFile({ path, value });
  const tree = parse(file);
  const data = readFrontMatter(tree.children.find((node): node is Yaml => node.type === 'yaml'), file);
  const messages = file.messages.map((message) => ({ at: `${message.line}:${message.column}`, fatal: message.fatal === true, reason: message.reason }));
  return { data, messages };
}

const test = suite('readFrontMatter');

test('reports five values of the wrong type as five errors, each at its value’s line and column', () => {
  const { data, messages } = read(`${FIXTURES}/five-bad-values.md`);
  assert.equal(messages, [
    { at: '3:7', fatal: true, reason: 'Front matter `lang` must be text, not the number `42`' },
    { at: '4:8', fatal: true, reason: 'Front matter `email` must be text, not the number `5`' },
    { at: '5:8', fatal: true, reason: 'Front matter `theme` must be text, not the number `3`' },
    { at: '6:8', fatal: true, reason: 'Front matter `paper` must be `letter` or `a4`, not `b5`' },
    { at: '7:8', fatal: true, reason: 'Front matter `links` must be a list of URLs, or of `{text, url}` mappings, not the number `7`' },
  ]);
  assert.is(data.name, 'Jane Doe');
  assert.is(data.lang, undefined);
});

test('refuses a list, a mapping, a boolean or nothing where text is expected', () => {
  const { messages } = read('x.md', '---\nname: [Jane, Doe]\nheadline: { a: b }\nlocation: true\ndescription:\n---\n# Jane\n');
  assert.equal(messages.map(({ at, reason }) => [at, reason]), [
    ['2:7', 'Front matter `name` must be text, not a list'],
    ['3:11', 'Front matter `headline` must be text, not a mapping'],
    ['4:11', 'Front matter `location` must be text, not the boolean `true`'],
    ['5:13', 'Front matter `description` must be text, not empty'],
  ]);
});

test('reads a phone number typed without quotes as the digits typed, leading zero and plus kept', () => {
  assert.is(read('x.md', '---\nphone: 0701234567\n---\n# Jane\n').data.phone, '0701234567');
  assert.is(read('x.md', '---\nphone: +4420794600\n---\n# Jane\n').data.phone, '+4420794600');
  assert.is(read('x.md', '---\nphone: "+1 555 010 0100"\n---\n# Jane\n').data.phone, '+1 555 010 0100');
  assert.equal(read('x.md', '---\nphone: [1, 2]\n---\n# Jane\n').messages.map(({ at }) => at), ['2:8']);
});

test('takes `lang` as a BCP 47 language tag, in its canonical case', () => {
  const { data, messages } = read('x.md', '---\nlang: EN-gb\n---\n# Jane\n');
  assert.is(data.lang, 'en-GB');
  assert.equal(messages, []);
});

test('refuses a `lang` that is not a language tag, at its value', () => {
  for (const tag of ['en_US', 'english', 'x-private']) {
    const { data, messages } = read('x.md', `---\nname: Jane\nlang: ${tag}\n---\n# Jane\n`);
    assert.is(data.lang, undefined, tag);
    assert.equal(messages, [{ at: '3:7', fatal: true, reason: `Front matter \`lang\` must be a language tag such as \`en\`, \`en-GB\` or \`pt-BR\`, not \`${tag}\`` }]);
  }
});

test('suggests the known key an unknown one is a typo of, and lists the keys otherwise', () => {
  const { data, messages } = read(`${FIXTURES}/typos.md`);
  assert.equal(messages, [
    { at: '3:1', fatal: false, reason: 'Unknown front matter key `emial`: did you mean `email`?' },
    { at: '4:1', fatal: false, reason: 'Unknown front matter key `Phone`: did you mean `phone`?' },
    {
      at: '5:1',
      fatal: false,
      reason: 'Unknown front matter key `colour`, expected one of `name`, `headline`, `email`, `phone`, `location`, `theme`, `lang`, `description`, `links`, `photo`, `paper`, `pages`, `keywords`, `entries`, `author`, `title`, `check`, `variants`',
    },
  ]);
  assert.equal(data, { name: 'Jane Doe', places: { name: { line: 2, column: 7 } } });
});

test('takes a key of five letters or fewer for a typo only when one edit away from a known key', () => {
  // `tone` is two edits from `phone` but means something else; `lag` is one from `lang`.
  const { messages } = read('x.md', '---\ntone: warm\nlag: en\nheadlnie: Engineer\n---\n# Jane\n');
  assert.match(messages[0]!.reason, /^Unknown front matter key `tone`, expected one of /);
  assert.is(messages[1]!.reason, 'Unknown front matter key `lag`: did you mean `lang`?');
  assert.is(messages[2]!.reason, 'Unknown front matter key `headlnie`: did you mean `headline`?');
});

test('reports each bad link at its own place and keeps the good ones', () => {
  const { data, messages } = read('x.md', '---\nlinks:\n  - https://jane.example\n  - 7\n  - { text: Blog }\n  - { label: Code, url: "https://code.example" }\n---\n# Jane\n');
  assert.equal(messages.map(({ at, reason }) => [at, reason]), [
    ['4:5', 'Front matter `links` must list URLs or `{text, url}` mappings, not the number `7`'],
    ['5:5', 'Front matter `links` must list URLs or `{text, url}` mappings, not a mapping'],
  ]);
  assert.equal(data.links, [
    { text: null, url: 'https://jane.example', place: { line: 3, column: 5 } },
    { text: 'Code', url: 'https://code.example', place: { line: 6, column: 5 } },
  ]);
});

test('reads keywords from a list, numbers as typed, or from a comma-separated string', () => {
  assert.equal(read('x.md', '---\nkeywords: [go, 5.10, kubernetes]\n---\n# Jane\n').data.keywords, ['go', '5.10', 'kubernetes']);
  assert.equal(read('x.md', '---\nkeywords: go, rust , \n---\n# Jane\n').data.keywords, ['go', 'rust']);
  assert.equal(read('x.md', '---\nkeywords: [go, { a: b }]\n---\n# Jane\n').messages.map(({ at, reason }) => [at, reason]), [
    ['2:16', 'Front matter `keywords` must list words, not a mapping'],
  ]);
});

test('reads `author` and `title`, the keys Pandoc and Jekyll pages use', () => {
  const { data, messages } = read('x.md', '---\ntitle: "Professional Resume"\nauthor: Priya Nandakumar\n---\n## Experience\n');
  assert.equal(messages, []);
  assert.is(data.author, 'Priya Nandakumar');
  assert.is(data.title, 'Professional Resume');
});

test('reads `pages` as a whole number from 1; anything else is an error at its value', () => {
  const { data, messages } = read('x.md', '---\npages: 1\n---\n# Jane\n');
  assert.equal(messages, []);
  assert.is(data.pages, 1);
  assert.equal(data.places.pages, { line: 2, column: 8 });
  for (const [value, shown] of [['0', 'the number `0`'], ['1.5', 'the number `1.5`'], ['"2"', 'the string `2`'], ['two', 'the string `two`'], ['[1]', 'a list'], ['', 'empty']] as const) {
    const bad = read('x.md', `---\npages: ${value}\n---\n# Jane\n`);
    assert.is(bad.data.pages, undefined, value);
    assert.equal(bad.messages, [{ at: '2:8', fatal: true, reason: `Front matter \`pages\` must be a whole number from 1, such as \`pages: 2\`, not ${shown}` }], value);
  }
});

test('records where each value starts, for the contacts it becomes', () => {
  const { data } = read('x.md', '---\nemail: jane@example.com\nlocation:   Berlin, Germany\n---\n# Jane\n');
  assert.equal(data.places, { email: { line: 2, column: 8 }, location: { line: 3, column: 13 } });
});

test.run();
