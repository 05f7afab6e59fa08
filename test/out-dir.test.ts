import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { prepareOutDir } from '../pipeline/build.js';
import { formatMessages } from '../pipeline/format-messages.js';
import { makeDirectory } from '../pipeline/make-directory.js';
import { tempDir } from './helpers/cli.js';
import { eventually } from './helpers/processes.js';
import { SAMPLE } from './helpers/sample.js';

const test = suite('the output folder');
const CLI = new URL('../pipeline/cli.ts', import.meta.url).pathname;
// Generous: a healthy run takes about a second; a run that spins is killed and fails the test.
const PATIENCE_MS = 30_000;

/** Run `resume build SAMPLE --out out --format html`, killed (signal set) if it outlasts PATIENCE_MS. */
function buildInto(out: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'build', SAMPLE, '--out', out, '--format', 'html'], {
    encoding: 'utf8',
    timeout: PATIENCE_MS,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, signal: result.signal, stderr: result.stderr };
}

/** A path under a file, a dangling symlink and a path under it, in a fresh folder. */
function impossiblePaths(): Record<string, string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
  return { underFile: join(dir, 'a-file', 'out'), dangling: join(dir, 'dangling'), underDangling: join(dir, 'dangling', 'out') };
}

if (existsSync('/proc/self')) {
  test('--out under /proc fails at once with exit 1 and a positioned message, not a spin', () => {
    const { status, signal, stderr } = buildInto('/proc/resume-out');
    assert.is(signal, null, 'the build was killed: it did not finish on its own');
    assert.is(status, 1, stderr);
    assert.match(stderr, /^test\/fixtures\/sample\/resume\.md: error: Cannot create the output folder `\/proc\/resume-out` \(ENOENT\)$/m);
  });

  test('--out two levels under /proc fails the same way', () => {
    const { status, signal, stderr } = buildInto('/proc/resume-out/nested');
    assert.is(signal, null, 'the build was killed: it did not finish on its own');
    assert.is(status, 1, stderr);
    assert.match(stderr, /error: Cannot create the output folder `\/proc\/resume-out\/nested` \(ENOENT\)/);
  });
}

test('--out under a regular file or at a dangling symlink fails with exit 1', () => {
  for (const [name, out] of Object.entries(impossiblePaths())) {
    const { status, signal, stderr } = buildInto(out);
    assert.is(signal, null, `${name}: the build was killed`);
    assert.is(status, 1, `${name}: ${stderr}`);
    assert.match(stderr, /^test\/fixtures\/sample\/resume\.md: error: Cannot create the output folder `.+` \((ENOTDIR|ENOENT)\)$/m, name);
  }
});

test('prepareOutDir (used by build and dev) reports each impossible folder as an error on the file', async () => {
  const expected = { underFile: 'ENOTDIR', dangling: 'ENOENT', underDangling: 'ENOENT' };
  for (const [name, out] of Object.entries(impossiblePaths())) {
    const file = new VFile({ path: 'cv.md' });
    assert.is(await prepareOutDir(out, file), false, name);
    assert.is(formatMessages([file]), `cv.md: error: Cannot create the output folder \`${out}\` (${expected[name as keyof typeof expected]})`);
  }
});

test('makeDirectory creates missing parents, and accepts a folder that exists', async () => {
  const dir = tempDir();
  const deep = join(dir, 'a', 'b', 'c');
  await makeDirectory(deep);
  assert.ok(statSync(deep).isDirectory());
  await makeDirectory(deep);
  mkdirSync(join(dir, 'real'));
  symlinkSync(join(dir, 'real'), join(dir, 'link'));
  await makeDirectory(join(dir, 'link'));
});

test('makeDirectory refuses a regular file where the folder should be', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'taken'), '');
  try {
    await makeDirectory(join(dir, 'taken'));
    assert.unreachable('a file is not a folder');
  } catch (error) {
    assert.is((error as NodeJS.ErrnoException).code, 'EEXIST');
  }
});

test('SIGTERM ends a build, which exits 130', async () => {
  const dir = tempDir();
  // A browser that never gets ready: the build waits for it until the signal comes.
  const started = join(dir, 'started');
  const slow = join(dir, 'chrome');
  writeFileSync(slow, `#!/bin/sh\ntouch '${started}'\nsleep 60\n`);
  chmodSync(slow, 0o755);
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'build', SAMPLE, '--out', join(dir, 'out'), '--browser', slow], { stdio: 'ignore' });
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  assert.ok(await eventually(() => existsSync(started), PATIENCE_MS), 'the browser never started');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), PATIENCE_MS);
  assert.is(await exited, 130);
  clearTimeout(killer);
});

test.run();
