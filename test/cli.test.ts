import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findBrowser } from '../pipeline/render/pdf/find-browser.js';
import { runCli, tempDir } from './helpers/cli.js';
import { eventually, processesInGroup, processesUsing } from './helpers/processes.js';
import { SAMPLE } from './helpers/sample.js';

const test = suite('resume CLI');

test('build writes DIR/NAME.html and exits 0', () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', SAMPLE, '--out', out, '--format', 'html']);
  assert.is(status, 0, stderr);
  assert.match(readFileSync(join(out, 'resume.html'), 'utf8'), /<title>Reed Allman — Résumé<\/title>/);
  assert.not.ok(existsSync(join(out, 'resume.pdf')));
});

test('inspect prints the structure as JSON', () => {
  const { status, stdout } = runCli(['inspect', SAMPLE]);
  assert.is(status, 0);
  const outline = JSON.parse(stdout);
  assert.is(outline.name, 'Reed Allman');
  assert.equal(outline.sections[0].entries[1], {
    role: 'Principal Member of Technical Staff',
    organization: 'Oracle',
    location: null,
    dates: { text: 'May 2017-Dec 2019', start: '2017-05', end: '2019-12' },
    line: 23,
    bullets: 7,
  });
});

test('a broken file gives FILE:LINE:COL: error: and exit 1, without a stack trace', () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', 'test/fixtures/cli/broken-yaml.md', '--out', out]);
  assert.is(status, 1);
  assert.match(stderr, /^test\/fixtures\/cli\/broken-yaml\.md:3:11: error: Invalid YAML front matter: /m);
  assert.not.match(stderr, /\n\s+at /);
  assert.not.ok(existsSync(join(out, 'broken-yaml.html')));
});

test('a missing file is an error that names it', () => {
  const { status, stderr } = runCli(['build', 'nope.md', '--out', tempDir()]);
  assert.is(status, 1);
  assert.match(stderr, /^nope\.md: error: No such file/m);
});

test('usage errors exit 2', () => {
  assert.is(runCli(['build', '--format', 'gif']).status, 2);
  assert.is(runCli(['build', '--paper', 'b5']).status, 2);
  assert.is(runCli(['frobnicate']).status, 2);
  assert.is(runCli(['build', '--bogus']).status, 2);
  assert.match(runCli(['build', '--format', 'gif']).stderr, /Unknown format `gif`/);
  assert.is(runCli(['build', SAMPLE, 'other/resume.md']).status, 2);
  assert.match(runCli(['build', '--theme', 'fancy']).stderr, /Unknown theme `fancy`: expected one of classic, compact, modern/);
});

test('doctor names the browser the resolver finds, or says why there is none and exits 1', async () => {
  const expected = await findBrowser(null, process.env);
  const found = runCli(['doctor']);
  assert.is(found.status, 0);
  assert.match(found.stdout, /^node +v\d+/m);
  const browser = /^browser +(\S+) \(.*found via (\S+)\)$/m.exec(found.stdout);
  assert.equal(browser?.slice(1), [expected.path, expected.source], found.stdout);
  assert.match(found.stdout, /^theme +classic: Source Serif 4/m);
  const missing = runCli(['doctor'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
  assert.is(missing.status, 1);
  assert.match(missing.stdout, /^browser +none: No browser at `\/nonexistent\/chrome`/m);
});

test('--version and --help', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.is(runCli(['--version']).stdout.trim(), pkg.version);
  assert.match(runCli(['--help']).stdout, /resume build \[FILE \.\.\.\]/);
});

test('build writes every format, byte-identical on a second build, and leaves no browser or profile behind', async () => {
  const [first, second, temp] = [tempDir(), tempDir(), tempDir()];
  // Why TMPDIR: the browser's profile folder is made there, so this test sees only its own browsers.
  const env = { SOURCE_DATE_EPOCH: '1767225600', TMPDIR: temp };
  assert.is(runCli(['build', SAMPLE, '--out', first], env).status, 0);
  assert.is(runCli(['build', SAMPLE, '--out', second], env).status, 0);
  for (const name of ['resume.html', 'resume.pdf', 'resume.docx', 'resume.json', 'resume.txt']) {
    assert.ok(readFileSync(join(first, name)).equals(readFileSync(join(second, name))), `${name} differs`);
  }
  assert.ok(await eventually(() => processesUsing(temp).length === 0), `browser processes left: ${processesUsing(temp).join(', ')}`);
  assert.equal(browserProfiles(temp), []);
});

test('without a browser the PDF fails with how to get one, exit 1, and HTML and DOCX are still written', () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', SAMPLE, '--out', out], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
  assert.is(status, 1);
  assert.match(stderr, /^test\/fixtures\/sample\/resume\.md: error: PDF not written: No browser at `\/nonexistent\/chrome`/m);
  assert.match(stderr, /apt-get install chromium-headless-shell/);
  assert.match(stderr, /npx puppeteer browsers install chrome-headless-shell/);
  assert.match(stderr, /PUPPETEER_EXECUTABLE_PATH/);
  assert.ok(existsSync(join(out, 'resume.html')));
  assert.ok(existsSync(join(out, 'resume.docx')));
  assert.not.ok(existsSync(join(out, 'resume.pdf')));
});

/** Start `resume build` with `args` in the background, its temporary files in `temp`. */
function startBuild(args: string[], temp: string): { child: ChildProcess; exited: Promise<number | string | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'build', ...args], { stdio: 'ignore', env: { ...process.env, TMPDIR: temp } });
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return { child, exited };
}

/** Interrupt a build as Ctrl-C does once `ready` holds, then check it cleaned up after itself. */
async function interrupt(args: string[], out: string, temp: string, ready: () => boolean): Promise<void> {
  const { child, exited } = startBuild([...args, '--out', out], temp);
  assert.ok(await eventually(ready, 60_000), 'the build never got there');
  const groups = processesUsing(temp); // the browser (or its wrapper), leader of its own process group
  assert.ok(groups.length > 0, 'a browser is running');
  child.kill('SIGINT');
  assert.is(await exited, 130);
  assert.ok(await eventually(() => groups.flatMap(processesInGroup).length === 0), 'a browser process outlived Ctrl-C');
  assert.equal(browserProfiles(temp), [], 'the browser profile is removed');
  const files = readdirSync(out);
  assert.not.ok(files.some((name) => name.endsWith('.tmp')), files.join(', '));
  for (const name of files.filter((file) => file.endsWith('.html'))) assert.match(readFileSync(join(out, name), 'utf8'), /<\/html>\n$/);
}

test('Ctrl-C while the browser starts exits 130 and kills it', async () => {
  const temp = tempDir();
  // A browser that takes its time to start: Ctrl-C arrives while the build waits for it.
  const slow = join(tempDir('slow-browser-'), 'chrome');
  writeFileSync(slow, '#!/bin/sh\nsleep 60\n');
  chmodSync(slow, 0o755);
  await interrupt([SAMPLE, '--browser', slow], tempDir(), temp, () => processesUsing(temp).length > 0);
});

test('Ctrl-C during `resume check --ats` says it was interrupted, and nothing of outputs it never writes', async () => {
  const temp = tempDir();
  const slow = join(tempDir('slow-browser-'), 'chrome');
  writeFileSync(slow, '#!/bin/sh\nsleep 60\n');
  chmodSync(slow, 0o755);
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'check', SAMPLE, '--ats', '--browser', slow], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TMPDIR: temp } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  assert.ok(await eventually(() => processesUsing(temp).length > 0, 60_000), 'the browser never started');
  child.kill('SIGINT');
  assert.is(await exited, 130);
  assert.is(stderr, 'resume: interrupted\n');
});

test('Ctrl-C while PDFs print exits 130, with no partial or temporary file and no browser left', async () => {
  const temp = tempDir();
  const inputs = tempDir('many-');
  // Enough documents that the build is still printing when Ctrl-C arrives.
  const names = Array.from({ length: 8 }, (_, i) => join(inputs, `copy${i}.md`));
  for (const name of names) writeFileSync(name, readFileSync(SAMPLE));
  await interrupt(names, tempDir(), temp, () => processesUsing(temp).length > 0);
});

/** Profile folders the build's browsers left in `temp`. */
function browserProfiles(temp: string): string[] {
  return readdirSync(temp).filter((name) => name.startsWith('resume-chromium-'));
}

test.run();
