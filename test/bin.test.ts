// The `resume` executable as `npm install` leaves it: lib/cli.js running the bundle lib/resume.cjs
// with its V8 code cache and the font subsets made at install (pipeline/bin.ts, pipeline/prepare.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';
import { SAMPLE } from './helpers/sample.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'lib', 'cli.js');
const FORMATS = ['docx', 'html', 'json', 'pdf', 'txt'];

function runBin(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const test = suite('lib/cli.js, as npm install builds it');

/** The code cache bin.ts looks for: named after the bundle's size and modification time. */
function cacheFile(): string {
  const { size, mtimeMs } = statSync(join(ROOT, 'lib', 'resume.cjs'));
  return join(ROOT, 'lib', `resume.cjs.${size}-${Math.trunc(mtimeMs)}.cache`);
}

test('npm install leaves the executable, the bundle, its code cache and the font subsets', () => {
  const lib = readdirSync(join(ROOT, 'lib'));
  for (const file of ['cli.js', 'resume.cjs', 'font-subsets']) assert.ok(lib.includes(file), `lib/${file}`);
  assert.ok(existsSync(cacheFile()), 'the code cache of this very bundle');
  assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('V8 accepts the code cache for the bundle (else every start compiles it again)', () => {
  // A plain node, as users run it: V8 refuses a cache made under other flags.
  const check = [
    "const { readFileSync } = require('node:fs'); const { Script } = require('node:vm');",
    `const bundle = ${JSON.stringify(join(ROOT, 'lib', 'resume.cjs'))};`,
    "const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\\n})`, { filename: bundle, cachedData: readFileSync(process.argv[1]) });",
    'process.stdout.write(String(script.cachedDataRejected));',
  ].join('\n');
  const result = spawnSync(process.execPath, ['-e', check, cacheFile()], { encoding: 'utf8' });
  assert.is(result.stdout, 'false', result.stderr);
});

test('builds every format byte for byte as the CLI run from source does', () => {
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  const fromBundle = tempDir();
  const fromSource = tempDir();
  const bundled = runBin(['build', SAMPLE, '--out', fromBundle], env);
  assert.is(bundled.status, 0, bundled.stderr);
  const source = runCli(['build', SAMPLE, '--out', fromSource], env);
  assert.is(source.status, 0, source.stderr);
  assert.equal(readdirSync(fromBundle).sort(), FORMATS.map((format) => `resume.${format}`));
  for (const format of FORMATS) {
    assert.ok(readFileSync(join(fromBundle, `resume.${format}`)).equals(readFileSync(join(fromSource, `resume.${format}`))), `resume.${format} differs`);
  }
});

test('a character beyond the base subsets is embedded through HarfBuzz, loaded from node_modules', () => {
  const folder = tempDir();
  const input = join(folder, 'lodz.md');
  writeFileSync(input, '# Łukasz Żółć\n\nWrocław · Łódź\n\n### Work\n\n**Engineer**, Łódź — 2020–2024\n');
  const result = runBin(['build', input, '--out', folder, '--format', 'docx']);
  assert.is(result.status, 0, result.stderr);
  const docx = unzipSync(readFileSync(join(folder, 'lodz.docx')));
  assert.match(strFromU8(docx['word/document.xml']!), 'Łódź');
  assert.ok(Object.keys(docx).filter((path) => path.endsWith('.odttf')).length === 4, 'four embedded faces');
});

test('usage errors and help behave as from source: exit 2 and 0, no stack trace', () => {
  const usage = runBin(['build', '--format', 'rtf']);
  assert.is(usage.status, 2);
  assert.match(usage.stderr, /^resume: Unknown format `rtf`/);
  assert.not.match(usage.stderr, /\n\s+at /);
  const help = runBin(['--help']);
  assert.is(help.status, 0);
  assert.match(help.stdout, /^Usage:/);
});

test.run();
