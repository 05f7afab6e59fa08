/**
 * Variants end to end: the CLI builds the master résumé fixture as `--variant academic`, `--variant
 * industry`, `--public` and `--variant all`, and each edition's HTML, PDF, DOCX, JSON and text hold
 * exactly its content; the release publishes every variant.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { runCli, tempDir } from './helpers/cli.js';
import { documentText, parts } from './helpers/docx.js';
import { pdfInfo, pdfLinks, pdfText } from './helpers/pdf.js';

const FIXTURE = 'test/fixtures/variants/cv.md';
const FORMATS = ['html', 'pdf', 'docx', 'json', 'txt'] as const;

/** Words that tell each piece of the fixture apart. */
const PIECES = {
  phone: '555 010 7788',
  street: '12 Main St',
  city: 'Springfield, IL',
  privateBullet: 'salary band review',
  industryBullet: 'storage migration',
  academicEntry: 'Research Assistant',
  academicSection: 'Guest Lecturer',
  shared: 'Mentored six engineers',
} as const;
type Piece = keyof typeof PIECES;

const test = suite('variants end to end');
const made: string[] = [];
test.after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Build the fixture with `args` into a fresh folder; the folder. */
function buildWith(args: string[]): string {
  const dir = tempDir('resume-variants-');
  made.push(dir);
  copyFileSync(FIXTURE, join(dir, 'cv.md'));
  const result = runCli(['build', join(dir, 'cv.md'), '--out', join(dir, 'out'), ...args]);
  assert.is(result.status, 0, result.stderr);
  return join(dir, 'out');
}

/** The text each format gives a reader, white space collapsed: parsed HTML's body and links, pdftotext and PDF info, DOCX runs and properties, JSON, text. */
function readerTexts(out: string, stem: string): Record<(typeof FORMATS)[number], string> {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const html = readFileSync(join(out, `${stem}.html`), 'utf8');
  const docx = readFileSync(join(out, `${stem}.docx`));
  const docxParts = parts(docx);
  return {
    html: flat(`${toString(select('body', fromHtml(html))!)} ${html.match(/href="[^"]*"/g)?.join(' ') ?? ''}`),
    pdf: flat(`${pdfText(join(out, `${stem}.pdf`))} ${JSON.stringify(pdfInfo(join(out, `${stem}.pdf`)))}`),
    docx: flat(`${documentText(docx)} ${docxParts['docProps/core.xml']} ${docxParts['word/_rels/document.xml.rels']}`),
    // Its strings in order: `{ city: Springfield, region: IL }` reads `Springfield, IL`.
    json: flat(leaves(JSON.parse(readFileSync(join(out, `${stem}.json`), 'utf8'))).join(', ')),
    txt: flat(readFileSync(join(out, `${stem}.txt`), 'utf8')),
  };
}

/** The strings of a JSON value, in order. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** Assert that every format of `stem` holds exactly the pieces `present`, and no tag. */
function assertPieces(out: string, stem: string, present: Piece[]): void {
  const texts = readerTexts(out, stem);
  for (const format of FORMATS) {
    const text = texts[format];
    for (const piece of Object.keys(PIECES) as Piece[]) {
      assert.is(text.includes(PIECES[piece]), present.includes(piece), `${stem}.${format}: ${piece} should ${present.includes(piece) ? '' : 'not '}be there`);
    }
    assert.not.match(text, /only:|<!--|note to myself/, `${stem}.${format} holds no tag or note`);
  }
}

test('--variant academic keeps the academic section and entry, not the industry bullet; its headline in the properties too', async () => {
  const out = buildWith(['--variant', 'academic']);
  assert.equal(readdirSync(out).sort(), FORMATS.map((ext) => `cv.academic.${ext}`).sort());
  assertPieces(out, 'cv.academic', ['phone', 'street', 'city', 'privateBullet', 'academicEntry', 'academicSection', 'shared']);
  assert.is(pdfInfo(join(out, 'cv.academic.pdf')).Subject, 'Researcher in distributed systems');
  assert.match(parts(readFileSync(join(out, 'cv.academic.docx')))['docProps/core.xml']!, '<dc:subject>Researcher in distributed systems</dc:subject>');
  assert.match(pdfText(join(out, 'cv.academic.pdf')), 'Teaching');
});

test('--variant industry keeps the industry bullet, not the academic section or entry; its paper is A4', () => {
  const out = buildWith(['--variant', 'INDUSTRY']);
  assertPieces(out, 'cv.industry', ['phone', 'street', 'city', 'privateBullet', 'industryBullet', 'shared']);
  assert.not.match(pdfText(join(out, 'cv.industry.pdf')), 'Teaching');
  assert.match(pdfInfo(join(out, 'cv.industry.pdf'))['Page size'] ?? '', '(A4)');
});

test('--public keeps every variant’s content but no phone, street or private bullet, nor a tel: link, in files named .public', async () => {
  const out = buildWith(['--public']);
  assert.equal(readdirSync(out).sort(), FORMATS.map((ext) => `cv.public.${ext}`).sort(), 'named apart from the full edition');
  assertPieces(out, 'cv.public', ['city', 'industryBullet', 'academicEntry', 'academicSection', 'shared']);
  const links = await pdfLinks(readFileSync(join(out, 'cv.public.pdf')));
  assert.ok(links.length > 0 && !links.some((link) => link.startsWith('tel:')), links.join(' '));
});

test('the master (no flag) keeps everything', () => {
  const out = buildWith(['--format', 'html,json,txt']);
  const text = readFileSync(join(out, 'cv.txt'), 'utf8').replace(/\s+/g, ' ');
  for (const piece of Object.keys(PIECES) as Piece[]) assert.ok(text.includes(PIECES[piece]), piece);
});

test('--variant all writes every declared variant as NAME.VARIANT.EXT; `public: true` makes one public', () => {
  const out = buildWith(['--variant', 'all']);
  assert.equal(readdirSync(out).sort(), ['academic', 'industry', 'web'].flatMap((variant) => FORMATS.map((ext) => `cv.${variant}.${ext}`)).sort());
  assertPieces(out, 'cv.academic', ['phone', 'street', 'city', 'privateBullet', 'academicEntry', 'academicSection', 'shared']);
  assertPieces(out, 'cv.industry', ['phone', 'street', 'city', 'privateBullet', 'industryBullet', 'shared']);
  assertPieces(out, 'cv.web', ['city', 'shared']);
});

test('an unknown --variant is a usage error (exit 2) that lists the declared variants, or says there are none', () => {
  const dir = tempDir('resume-variants-');
  made.push(dir);
  const unknown = runCli(['build', FIXTURE, '--out', dir, '--variant', 'acadmic', '--format', 'txt']);
  assert.is(unknown.status, 2, unknown.stderr);
  assert.match(unknown.stderr, 'cv.md:3:3: error: Unknown variant `acadmic` for `--variant`: did you mean `academic`? Expected one of the variants front matter declares: `academic`, `industry`, `web`');
  writeFileSync(join(dir, 'plain.md'), '# Dana Okafor\n\n## Skills\n\nGo\n');
  const none = runCli(['build', join(dir, 'plain.md'), '--out', dir, '--variant', 'academic', '--format', 'txt']);
  assert.is(none.status, 2, none.stderr);
  assert.match(none.stderr, 'plain.md:1:1: error: `--variant academic`: this résumé declares no variants');
  const all = runCli(['build', join(dir, 'plain.md'), '--out', join(dir, 'all'), '--variant', 'all', '--format', 'txt']);
  assert.is(all.status, 0, all.stderr);
  assert.match(all.stderr, 'warning: `--variant all` built nothing: this résumé declares no variants');
  assert.not.ok(existsSync(join(dir, 'all', 'plain.txt')));
  assert.is(runCli(['check', FIXTURE, '--variant', 'all']).status, 2);
});

test('a tag naming an undeclared variant fails the build at its line', () => {
  const dir = tempDir('resume-variants-');
  made.push(dir);
  writeFileSync(join(dir, 'cv.md'), '---\nvariants: [academic]\n---\n# Dana Okafor\n\n## Skills\n\n- Go <!-- only: industry -->\n');
  const result = runCli(['build', join(dir, 'cv.md'), '--out', dir, '--format', 'txt']);
  assert.is(result.status, 1, result.stderr);
  assert.match(result.stderr, 'cv.md:8:6: error: This tag names a variant `industry` that front matter `variants:` does not declare: expected `academic`');
});

test('check checks the master and each variant, and says which a message holds for', () => {
  const result = runCli(['check', FIXTURE, '--format', 'json']);
  const messages = (JSON.parse(result.stdout) as { files: Array<{ messages: Array<{ ruleId: string; message: string }> }> }).files[0]!.messages;
  const teaching = messages.find((message) => message.ruleId === 'ats-section-title');
  assert.ok(teaching, result.stdout);
  assert.match(teaching!.message, /\(in the master and variant `academic`\)$/);
  const industry = runCli(['check', FIXTURE, '--variant', 'industry', '--format', 'json']);
  assert.not.match(industry.stdout, 'ats-section-title');
});

/** Run the release's publish step with a `gh` that logs its arguments, in a folder whose dist/ holds `files`. */
function publish(files: string[]) {
  const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const script = steps.find((step) => /gh release create/.test(step.run ?? ''))!.run!;
  assert.ok(steps.some((step) => /node lib\/cli\.js build resume\.md --variant all --out dist/.test(step.run ?? '')), 'a step builds every variant');
  const dir = tempDir('resume-release-');
  made.push(dir);
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'bin'));
  for (const name of files) writeFileSync(join(dir, 'dist', name), name);
  writeFileSync(join(dir, 'bin', 'gh'), '#!/bin/bash\n[[ "$1 $2" == "release view" ]] && exit 1\nprintf "%s\\n" "$@" > "$GH_LOG"\n');
  chmodSync(join(dir, 'bin', 'gh'), 0o755);
  writeFileSync(join(dir, 'step.sh'), script);
  const env = { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, GH_LOG: join(dir, 'gh.log'), STEM: 'Dana-Okafor-Resume', LABEL: 'Dana Okafor — Résumé', GITHUB_REF_NAME: 'v1.0.0' };
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', 'step.sh'], { cwd: dir, encoding: 'utf8', env });
  const args = existsSync(join(dir, 'gh.log')) ? readFileSync(join(dir, 'gh.log'), 'utf8').split('\n') : [];
  return { status: result.status, stdout: result.stdout, assets: args.filter((arg) => arg.startsWith('release/')) };
}

test('the release publishes each variant as <Name>-Resume-<variant>.<ext>, labelled, after the master edition', () => {
  const master = FORMATS.map((ext) => `resume.${ext === 'txt' ? 'txt' : ext}`);
  const variants = ['academic', 'industry'].flatMap((variant) => FORMATS.map((ext) => `resume.${variant}.${ext}`));
  const { status, stdout, assets } = publish([...master, ...variants]);
  assert.is(status, 0, stdout);
  const order = ['pdf', 'docx', 'html', 'json', 'txt'];
  assert.equal(assets, [
    ...order.map((ext) => `release/Dana-Okafor-Resume.${ext}#Dana Okafor — Résumé (${ext.toUpperCase()})`),
    ...['academic', 'industry'].flatMap((variant) => order.map((ext) => `release/Dana-Okafor-Resume-${variant}.${ext}#Dana Okafor — Résumé (${variant}, ${ext.toUpperCase()})`)),
  ]);
});

test('the release fails when a variant misses a format', () => {
  const files = [...FORMATS.map((ext) => `resume.${ext}`), ...FORMATS.filter((ext) => ext !== 'docx').map((ext) => `resume.academic.${ext}`)];
  const { status, stdout, assets } = publish(files);
  assert.is.not(status, 0);
  assert.match(stdout, '::error::dist/resume.academic.docx was not built');
  assert.equal(assets, []);
});

test.run();
