import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';
import { SAMPLE } from './helpers/sample.js';

const test = suite('resume CLI options');

const USAGE = /\nRun `resume --help` for usage\.\n$/;

test('an option of another command is a usage error that names the command it belongs to', () => {
  const cases: Array<[string[], string]> = [
    [['build', SAMPLE, '--port', '3000'], '`--port` is an option of `resume dev`, not of `resume build`'],
    [['inspect', SAMPLE, '--theme', 'classic'], '`--theme` is an option of `resume build` and `resume dev`, not of `resume inspect`'],
    [['doctor', '--out', 'd'], '`--out` is an option of `resume build` and `resume dev`, not of `resume doctor`'],
    [['dev', SAMPLE, '--format', 'html'], '`--format` is an option of `resume build`, `resume inspect` and `resume check`, not of `resume dev`'],
    [['inspect', SAMPLE, '-p', 'a4'], '`--paper` is an option of `resume build` and `resume dev`, not of `resume inspect`'],
    [['inspect', SAMPLE, '--browser', '/usr/bin/chromium'], '`--browser` is an option of `resume build`, `resume check`, `resume dev` and `resume doctor`, not of `resume inspect`'],
  ];
  for (const [args, message] of cases) {
    const { status, stderr } = runCli(args);
    assert.is(status, 2, args.join(' '));
    assert.is(stderr.split('\n')[0], `resume: ${message}`);
    assert.match(stderr, USAGE);
  }
});

test('option values ignore case: --theme Modern, --format HTML and --paper A4 build', () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', SAMPLE, '--out', out, '--format', 'HTML', '--theme', 'Modern', '--paper', 'A4']);
  assert.is(status, 0, stderr);
  const html = readFileSync(join(out, 'resume.html'), 'utf8');
  assert.match(html, /@page\{size:A4;/);
  // The accent colour of styles/modern/tokens.json, not classic's.
  const modern = JSON.parse(readFileSync('styles/modern/tokens.json', 'utf8')) as { color: { accent: string } };
  assert.ok(html.includes(modern.color.accent), 'the modern theme is used');
});

test('a value close to a known one is a usage error with a suggestion', () => {
  const cases: Array<[string[], RegExp]> = [
    [['build', '--theme', 'modrn'], /^resume: Unknown theme `modrn`: did you mean `modern`\? Expected one of classic, compact, modern$/m],
    [['build', '--theme', 'Clasic'], /^resume: Unknown theme `Clasic`: did you mean `classic`\?/m],
    [['build', '--format', 'html,PDFF'], /^resume: Unknown format `PDFF`: did you mean `pdf`\? Expected a comma-separated list of html, pdf, docx, json, txt$/m],
    [['build', '--paper', 'leter'], /^resume: Unknown paper `leter`: did you mean `letter`\? Expected letter or a4$/m],
    [['dev', '--theme', 'modrn'], /^resume: Unknown theme `modrn`: did you mean `modern`\?/m],
  ];
  for (const [args, message] of cases) {
    const { status, stderr } = runCli(args);
    assert.is(status, 2, args.join(' '));
    assert.match(stderr, message);
  }
});

test('a value like no known one lists what is expected, without a guess', () => {
  const { status, stderr } = runCli(['build', '--theme', 'brutalist']);
  assert.is(status, 2);
  assert.match(stderr, /^resume: Unknown theme `brutalist`: expected one of classic, compact, modern$/m);
});

test('the help lists each command with its own options', () => {
  const { stdout } = runCli(['--help']);
  assert.match(stdout, /^ {2}resume inspect \[FILE\] \[--format json\|text\]$/m);
  assert.match(stdout, /^ {2}resume dev \[FILE\] \[--port N\] \[--out DIR\] \[--theme NAME\] \[--paper letter\|a4\] \[--browser PATH\]$/m);
  assert.match(stdout, /^ {2}resume doctor \[--browser PATH\]$/m);
});

test.run();
