import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { build, type BuildRequest } from '../pipeline/build.js';
import { formatMessages } from '../pipeline/format-messages.js';
import { BrowserManager } from '../pipeline/render/pdf/browser-manager.js';
import { tempDir } from './helpers/cli.js';
import { SAMPLE } from './helpers/sample.js';

const ERRORS = 'test/fixtures/errors';

function request(inputs: string[], overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    inputs,
    outDir: tempDir(),
    formats: ['html', 'docx', 'json', 'txt'],
    theme: null,
    paper: null,
    generator: 'resume-as-code test',
    date: null,
    browser: null,
    ...overrides,
  };
}

async function messages(name: string): Promise<string[]> {
  const { files } = await build(request([join(ERRORS, name)]));
  return formatMessages(files).split('\n').filter(Boolean).map((line) => line.replace(`${ERRORS}/`, ''));
}

const diagnostics = suite('build: positioned diagnostics');

const cases: Array<[string, string[]]> = [
  ['empty.md', ['empty.md:1:1: error: The file is empty: expected a Markdown résumé starting with `# Your Name`']],
  ['no-text.md', ['no-text.md:1:1: error: The file has no text: expected a Markdown résumé starting with `# Your Name`']],
  ['invalid-utf8.md', ['invalid-utf8.md:3:5: error: Invalid UTF-8 at byte 9 (byte 0xff): save the file as UTF-8']],
  ['js-front-matter.md', ['js-front-matter.md:1:1: error: Unexpected `---js` front matter, expected YAML between `---` lines']],
  ['toml-front-matter.md', ['toml-front-matter.md:1:1: error: Unexpected `---toml` front matter, expected YAML between `---` lines']],
  ['plus-front-matter.md', ['plus-front-matter.md:1:1: error: Unexpected `+++` front matter, expected YAML between `---` lines']],
  ['billion-laughs.md', ['billion-laughs.md:2:1: error: Front matter YAML refused: Excessive alias count indicates a resource exhaustion attack']],
  ['wrong-type.md', ['wrong-type.md:2:8: error: Front matter `paper` must be `letter` or `a4`, not `b5`']],
  ['unknown-key.md', ['unknown-key.md:3:1: warning: Unknown front matter key `colour`, expected one of `name`, `headline`, `email`, `phone`, `location`, `theme`, `lang`, `description`, `links`, `photo`, `paper`, `pages`, `keywords`, `entries`, `author`, `title`, `check`, `variants`']],
  ['bom-crlf.md', []],
  ['missing.md', ['missing.md: error: No such file: expected a Markdown résumé at this path']],
];

for (const [name, expected] of cases) {
  diagnostics(`reports ${name} exactly`, async () => {
    assert.equal(await messages(name), expected);
  });
}

diagnostics('places an invalid YAML error at its line and column in the file, not in the block', async () => {
  const [first] = await messages('invalid-yaml.md');
  assert.match(first!, /^invalid-yaml\.md:2:7: error: Invalid YAML front matter: /);
});

diagnostics('refuses billion laughs quickly, with bounded memory', async () => {
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  await messages('billion-laughs.md');
  // Not a benchmark: an unbounded expansion takes minutes and gigabytes.
  assert.ok(performance.now() - started < 5000);
  assert.ok(process.memoryUsage().heapUsed - before < 200 * 1024 * 1024);
});

diagnostics('never evaluates JavaScript front matter', async () => {
  const marker = join(tempDir(), 'evaluated');
  const file = join(tempDir(), 'js.md');
  writeFileSync(file, `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'x')\n---\n# A\n`);
  await build(request([file]));
  assert.not.ok(existsSync(marker));
});

diagnostics('reports a folder it cannot write as an error', async () => {
  const blocker = join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const { files } = await build(request([SAMPLE], { outDir: join(blocker, 'out') }));
  assert.match(formatMessages(files), /^test\/fixtures\/sample\/resume\.md: error: Cannot create the output folder `.*a-file\/out` \(ENOTDIR\)$/);
});

diagnostics.run();

const safety = suite('build: untrusted Markdown stays inert');

safety('builds a hostile file with a warning per removed thing, at its line', async () => {
  const lines = await messages('hostile.md');
  assert.equal(lines.map((line) => line.split(': warning: ')[0]), [
    'hostile.md:3:7', 'hostile.md:3:32', 'hostile.md:5:1', 'hostile.md:5:34', 'hostile.md:5:60',
    'hostile.md:7:1', 'hostile.md:7:43', 'hostile.md:8:1', 'hostile.md:8:60', 'hostile.md:9:1', 'hostile.md:9:58',
  ]);
  assert.ok(lines.every((line) => line.includes(': warning: ')));
});

safety('keeps every other word and no active content in HTML, DOCX, JSON and text', async () => {
  const out = tempDir();
  const { files } = await build(request([join(ERRORS, 'hostile.md')], { outDir: out }));
  assert.not.ok(files[0]!.messages.some((message) => message.fatal));
  const html = readFileSync(join(out, 'hostile.html'), 'utf8');
  const body = html.slice(html.indexOf('<body'));
  assert.not.match(body, /<(script|iframe|object|embed|form|meta|link|style)\b|onclick|javascript:|vbscript:|data:text\/html|evil\.example/i);
  for (const words of ['Hello', 'bold', 'words.', 'click', 'vb', 'object text', '&#x3C;script>literal code&#x3C;/script>']) {
    assert.ok(body.includes(words), words);
  }
  const text = readFileSync(join(out, 'hostile.txt'), 'utf8');
  assert.not.match(text, /javascript:|vbscript:|data:text/);
  assert.match(text, /click and vb and data/);
});

safety.run();

const outputs = suite('build: no lost outputs');

outputs('a failing input leaves the previous good output untouched and no temporary file', async () => {
  const folder = tempDir();
  const input = join(folder, 'cv.md');
  const out = join(folder, 'out');
  writeFileSync(input, '# Ada\n\nGood words.\n');
  await build(request([input], { outDir: out }));
  const good = readFileSync(join(out, 'cv.html'));
  writeFileSync(input, '---\npaper: [\n---\n# Ada\n');
  const { files } = await build(request([input], { outDir: out }));
  assert.ok(files[0]!.messages.some((message) => message.fatal));
  assert.ok(readFileSync(join(out, 'cv.html')).equals(good));
  assert.equal(readdirSync(out).sort(), ['cv.docx', 'cv.html', 'cv.json', 'cv.txt']);
});

outputs('a failing format leaves that format’s previous output untouched, the others are rewritten', async () => {
  const folder = tempDir();
  const out = join(folder, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'resume.pdf'), 'previous good PDF');
  const { files, written } = await build(request([SAMPLE], { outDir: out, formats: ['html', 'pdf'], browser: new BrowserManager({ flag: null, env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' } }) }));
  assert.match(formatMessages(files), /error: PDF not written: No browser at `\/nonexistent`/);
  assert.equal(written, [join(out, 'resume.html')]);
  assert.is(readFileSync(join(out, 'resume.pdf'), 'utf8'), 'previous good PDF');
  assert.equal(readdirSync(out).sort(), ['resume.html', 'resume.pdf']);
});

outputs('two builds writing the same folder at once both end with valid files', async () => {
  const out = tempDir();
  await Promise.all([build(request([SAMPLE], { outDir: out })), build(request([SAMPLE], { outDir: out }))]);
  assert.equal(readdirSync(out).sort(), ['resume.docx', 'resume.html', 'resume.json', 'resume.txt']);
  assert.match(readFileSync(join(out, 'resume.html'), 'utf8'), /<\/html>\n$/);
  JSON.parse(readFileSync(join(out, 'resume.json'), 'utf8'));
});

outputs('builds several inputs in one call', async () => {
  const out = tempDir();
  const { written } = await build(request([SAMPLE, 'test/fixtures/model/heading-entries.md'], { outDir: out, formats: ['html'] }));
  assert.equal(written.sort(), [join(out, 'heading-entries.html'), join(out, 'resume.html')]);
});

outputs.run();

const resilience = suite('build: resilience');

resilience('a 1 MB single-line input finishes in bounded time with every word', async () => {
  const folder = tempDir();
  const input = join(folder, 'big.md');
  const line = Array.from({ length: 150_000 }, (_, i) => ['alpha', 'beta', 'gamma', 'delta'][i % 4]).join(' ');
  writeFileSync(input, `# Big\n\n${line}\n`);
  const started = performance.now();
  const { files } = await build(request([input], { outDir: join(folder, 'out') }));
  assert.is(formatMessages(files), '');
  assert.ok(performance.now() - started < 60_000);
  const text = readFileSync(join(folder, 'out', 'big.txt'), 'utf8');
  assert.is(text.split(/\s+/).filter((word) => word === 'delta').length, 37_500);
});

resilience('a 60-level nested list finishes in bounded time with every level', async () => {
  const folder = tempDir();
  const input = join(folder, 'nested.md');
  writeFileSync(input, `# Nested\n\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level${i}`).join('\n')}\n`);
  const started = performance.now();
  await using browser = new BrowserManager({ flag: null, env: process.env });
  const { files } = await build(request([input], { outDir: join(folder, 'out'), formats: ['html', 'pdf', 'docx', 'json', 'txt'], browser }));
  assert.is(formatMessages(files), '');
  assert.ok(performance.now() - started < 60_000);
  const html = readFileSync(join(folder, 'out', 'nested.html'), 'utf8');
  assert.ok(html.includes('level0') && html.includes('level59'));
});

resilience.run();
