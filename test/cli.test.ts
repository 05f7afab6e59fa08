import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';

const test = suite('resume CLI');

test('build writes DIR/NAME.html and exits 0', () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', 'resume.md', '--out', out, '--format', 'html']);
  assert.is(status, 0, stderr);
  assert.match(readFileSync(join(out, 'resume.html'), 'utf8'), /<title>Reed Allman — Résumé<\/title>/);
  assert.not.ok(existsSync(join(out, 'resume.pdf')));
});

test('inspect prints the structure as JSON', () => {
  const { status, stdout } = runCli(['inspect', 'resume.md']);
  assert.is(status, 0);
  const outline = JSON.parse(stdout);
  assert.is(outline.name, 'Reed Allman');
  assert.equal(outline.sections[0].entries[1], {
    role: 'Principal Member of Technical Staff',
    organization: 'Oracle',
    location: null,
    dates: { text: 'May 2017-Dec 2019', start: '2017-05', end: '2019-12' },
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
  assert.is(runCli(['build', 'resume.md', './resume.md']).status, 2);
  assert.match(runCli(['build', '--theme', 'fancy']).stderr, /Unknown theme `fancy`: expected one of classic, modern/);
});

test('doctor names the browser it found, or says why there is none and exits 1', () => {
  const found = runCli(['doctor']);
  assert.is(found.status, 0);
  assert.match(found.stdout, /^node +v\d+/m);
  assert.match(found.stdout, /^browser +\/\S*chrom\S* \(.*found via system\)$/m);
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

test('build writes all three formats, byte-identical on a second build, and leaves no browser running', () => {
  const [first, second] = [tempDir(), tempDir()];
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  assert.is(runCli(['build', 'resume.md', '--out', first], env).status, 0);
  assert.is(runCli(['build', 'resume.md', '--out', second], env).status, 0);
  for (const name of ['resume.html', 'resume.pdf', 'resume.docx']) {
    assert.ok(readFileSync(join(first, name)).equals(readFileSync(join(second, name))), `${name} differs`);
  }
  assert.is(browserProcesses(), 0);
});

test('without a browser the PDF fails with how to get one, exit 1, and HTML and DOCX are still written', () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', 'resume.md', '--out', out], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
  assert.is(status, 1);
  assert.match(stderr, /^resume\.md: error: PDF not written: No browser at `\/nonexistent\/chrome`/m);
  assert.match(stderr, /apt-get install chromium-headless-shell/);
  assert.match(stderr, /npx puppeteer browsers install chrome-headless-shell/);
  assert.match(stderr, /PUPPETEER_EXECUTABLE_PATH/);
  assert.ok(existsSync(join(out, 'resume.html')));
  assert.ok(existsSync(join(out, 'resume.docx')));
  assert.not.ok(existsSync(join(out, 'resume.pdf')));
});

test('Ctrl-C during a build exits 130 (or finishes), with no partial or temporary file and no browser left', async () => {
  const profilesBefore = browserProfiles();
  for (const delay of [250, 600, 1000]) {
    const out = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'build', 'resume.md', '--out', out], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill('SIGINT');
    // Before the CLI has loaded, Node's default handler ends the process by the signal itself.
    const status = await new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
    assert.ok(status === 130 || status === 0 || status === 'SIGINT', `exit ${status}`);
    const files = readdirSync(out);
    assert.not.ok(files.some((name) => name.endsWith('.tmp')), files.join(', '));
    if (files.includes('resume.html')) assert.match(readFileSync(join(out, 'resume.html'), 'utf8'), /<\/html>\n$/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.is(browserProcesses(), 0, `browser left after Ctrl-C at ${delay} ms`);
    assert.equal(browserProfiles().filter((name) => !profilesBefore.includes(name)), [], `browser profile left after Ctrl-C at ${delay} ms`);
  }
});

/** Chromium processes started by a build (they use a temporary profile folder of that name). */
function browserProcesses(): number {
  const result = spawnSync('pgrep', ['-f', 'resume-chromium-'], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).length;
}

function browserProfiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('resume-chromium-'));
}

test.run();
