import { spawnSync } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers/cli.js';
import { CLEAN, writeCv } from '../helpers/check.js';
import { sarifErrors } from '../helpers/sarif.js';

const test = suite('resume check');

const CLI = new URL('../../pipeline/cli.ts', import.meta.url).pathname;
// 15 May 2026, so that dates are checked against the same day whenever the tests run.
const EPOCH = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 4, 15) / 1000) };
const LABOR = CLEAN.replace('## Experience', '## Labor');
const REVERSED = CLEAN.replace('Mar 2021 – Present', 'Mar 2022 – Mar 2021');
const LOCAL_PHONE = CLEAN.replace('+34 600 000 000', '600 000 000');
const check = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['check', ...args], { ...EPOCH, ...env });

test('a clean résumé exits 0 and says so', () => {
  const { status, stderr, stdout } = check([writeCv(CLEAN)]);
  assert.is(status, 0, stderr);
  assert.is(stderr, '0 errors, 0 warnings and 0 info messages in 1 file\n');
  assert.is(stdout, '');
});

test('`Labor` is a warning at its line with a suggestion, and the check still exits 0', () => {
  const path = writeCv(LABOR);
  const { status, stderr } = check([path]);
  assert.is(status, 0, stderr);
  assert.match(stderr, new RegExp(`^${path}:7:1: warning: \`Labor\` is not a title applicant tracking systems read as work experience, .*rename it to \`Experience\`, \`Work Experience\` or \`Professional Experience\` \\[ats-section-title\\]$`, 'm'));
});

test('an end date before its start exits 1 with the error at that line', () => {
  const path = writeCv(REVERSED);
  const { status, stderr } = check([path]);
  assert.is(status, 1);
  assert.match(stderr, new RegExp(`^${path}:9:3: error: The end \`Mar 2021\` comes before the start \`Mar 2022\`: .* \\[date-end-before-start\\]$`, 'm'));
  assert.not.match(stderr, /\n\s+at /);
});

test('--strict fails on a warning, never on information', () => {
  assert.is(check([writeCv(LABOR), '--strict']).status, 1);
  assert.is(check([writeCv(LOCAL_PHONE), '--strict']).status, 0);
});

test('--ignore takes a rule id, repeated or as a comma list; the rule is left out', () => {
  const path = writeCv(`${LABOR.replace('+34 600 000 000', '600 000 000')}`);
  const ignored = check([path, '--strict', '--ignore', 'ats-section-title']);
  assert.is(ignored.status, 0, ignored.stderr);
  assert.not.match(ignored.stderr, /ats-section-title/);
  assert.match(ignored.stderr, /\[contact-phone-international\]/);
  const both = [check([path, '--ignore', 'ats-section-title', '--ignore', 'CONTACT-phone-international']), check([path, '--ignore', 'ats-section-title,contact-phone-international'])];
  for (const { status, stderr } of both) {
    assert.is(status, 0, stderr);
    assert.is(stderr, '0 errors, 0 warnings and 0 info messages in 1 file\n');
  }
});

test('front matter `check.ignore` leaves a rule out; an unknown id there fails at its line', () => {
  assert.is(check([writeCv(`---\ncheck: { ignore: [ats-section-title] }\n---\n${LABOR}`), '--strict']).status, 0);
  const path = writeCv(`---\ncheck: { ignore: [ats-sektion-title] }\n---\n${LABOR}`);
  const { status, stderr } = check([path]);
  assert.is(status, 1);
  assert.match(stderr, new RegExp(`^${path}:2:19: error: Unknown rule \`ats-sektion-title\` in front matter \`check.ignore\`: did you mean \`ats-section-title\`\\? \\[front-matter-check\\]$`, 'm'));
});

test('usage errors exit 2: an unknown format or rule, another command’s option, a value for --strict', () => {
  const path = writeCv(CLEAN);
  const cases: Array<[string[], RegExp]> = [
    [[path, '--format', 'xml'], /^resume: Unknown format `xml`: expected text, json, sarif or github for check$/m],
    [[path, '--ignore', 'bulet-length'], /^resume: Unknown rule `bulet-length`: did you mean `bullet-length`\? Expected a rule id: date-end-before-start, /m],
    [[path, '--ignore', ','], /^resume: `--ignore` needs a rule id/m],
    [[path, '--out', 'dist'], /^resume: `--out` is an option of `resume build` and `resume dev`, not of `resume check`$/m],
    [[path, '--strict=yes'], /--strict/],
  ];
  for (const [args, message] of cases) {
    const { status, stderr } = check(args);
    assert.is(status, 2, args.join(' '));
    assert.match(stderr, message);
  }
  assert.match(runCli(['build', '--strict']).stderr, /^resume: `--strict` is an option of `resume check`, not of `resume build`$/m);
});

test('several files: each reported, exit 1 when any has an error; a missing one is an error', () => {
  const good = writeCv(LABOR);
  const bad = writeCv(REVERSED);
  const { status, stderr } = check([good, bad, 'test/check/no-such-cv.md']);
  assert.is(status, 1);
  assert.match(stderr, new RegExp(`^${good}:7:1: warning: `, 'm'));
  assert.match(stderr, new RegExp(`^${bad}:9:3: error: `, 'm'));
  assert.match(stderr, /^test\/check\/no-such-cv\.md: error: No such file: expected a Markdown résumé at this path \[read\]$/m);
  assert.match(stderr, /^2 errors, 1 warning and 0 info messages in 3 files$/m);
});

test('dates are checked against SOURCE_DATE_EPOCH when it is set', () => {
  const path = writeCv(CLEAN.replace('Mar 2021 – Present', 'Jun 2026 – Present'));
  assert.match(check([path]).stderr, /\[date-in-future\]/);
  assert.not.match(check([path], { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 6, 1) / 1000) }).stderr, /\[date-in-future\]/);
});

test('--format json prints the report on stdout', () => {
  const path = writeCv(REVERSED);
  const { status, stdout } = check([path, '--format', 'json']);
  assert.is(status, 1);
  const report = JSON.parse(stdout);
  assert.equal([report.errors, report.warnings, report.infos], [1, 0, 0]);
  assert.equal(report.files[0].messages[0].ruleId, 'date-end-before-start');
  assert.is(report.files[0].path, path);
});

test('--format sarif prints a log that is valid SARIF 2.1.0', () => {
  const { status, stdout } = check([writeCv(`${REVERSED.replace('## Experience', '## Labor')}\n**Intern, Gamma Ltd**\n`), '--format', 'sarif']);
  assert.is(status, 1);
  const log = JSON.parse(stdout);
  assert.is(sarifErrors(log), '');
  assert.is(log.runs[0].tool.driver.name, 'resume check');
  assert.equal(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId).sort(), ['ats-section-title', 'date-end-before-start', 'entry-without-dates']);
});

test('--format github prints workflow commands with file, line and column on stdout', () => {
  const path = writeCv(LABOR);
  const { status, stdout, stderr } = check([path, '--format', 'github']);
  assert.is(status, 0);
  assert.is(stderr, '');
  assert.match(stdout, new RegExp(`^::warning file=${path},line=7,col=1,title=ats-section-title::\`Labor\` is not a title `, 'm'));
});

// One run with `--ats` launches the browser (the one launch of this suite); the runs after point the
// browser at nothing, so that they report the DOCX alone and launch none.
const NO_BROWSER = { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' };
const longer = (entries: number) => `---\npages: 1\n---\n# Ines Vargas\n\nines@example.org\n\n## Experience\n\n${Array.from({ length: entries }, (_, index) => `**Jan ${2017 - index} – Dec ${2017 - index}, Engineer ${index}, Company ${index}**\n\n${'- Delivered a project for the team by planning the work, writing the code, reviewing changes and measuring the results.\n'.repeat(3)}`).join('\n')}`;
/** Two pages at the theme's sizes: the build fits it on the one page front matter allows. */
const FITS = longer(8);
const LONG = longer(24);

test('--ats --format json: each file with what a parser reads in its built PDF and DOCX, and the rules on them', () => {
  const good = writeCv(CLEAN);
  const long = writeCv(LONG);
  const fits = writeCv(FITS);
  const { status, stdout, stderr } = check([good, long, fits, '--ats', '--format', 'json']);
  assert.is(status, 0, stderr);
  const report = JSON.parse(stdout);
  const [first, second, third] = report.files;
  assert.equal(first.messages, []);
  assert.equal(first.ats.files.map((file: { format: string; name: string; emails: string[]; missing: number; outOfOrder: number }) => [file.format, file.name, file.emails, file.missing, file.outOfOrder]), [
    ['pdf', 'Ines Vargas', ['ines@example.org'], 0, 0],
    ['docx', 'Ines Vargas', ['ines@example.org'], 0, 0],
  ]);
  assert.equal(first.ats.sections.map((section: { title: string; standard: boolean; entries: Array<{ dates: { text: string } }> }) => [section.title, section.standard, section.entries.map((entry) => entry.dates.text)]), [
    ['Experience', true, ['Mar 2021 – Present', 'Jan 2018 – Feb 2021']],
    ['Education', true, ['2014 – 2018']],
  ]);
  // Too long for one page even at the theme's floors: the build's warning, then the rule's, both at `pages:`.
  assert.ok(second.ats.files[0].pages > 1);
  assert.equal(second.messages.map((message: { ruleId: string; line: number; column: number }) => [message.ruleId, message.line, message.column]), [['fit-pages', 2, 8], ['length-pages', 2, 8]]);
  assert.equal([report.errors, report.warnings], [0, 2]);
  // What check measures is the PDF the build writes: fitted to its page.
  assert.is(third.ats.files[0].pages, 1);
  assert.equal(third.messages.filter((message: { severity: string }) => message.severity !== 'info'), []);
});

test('--ats in text: the report on stdout, the diagnostics on stderr; a PDF that cannot be built is an error, the DOCX still read', () => {
  const path = writeCv(CLEAN);
  const { status, stdout, stderr } = check([path, '--ats'], NO_BROWSER);
  assert.is(status, 1);
  assert.match(stdout, new RegExp(`^${path}: what a parser reads in the built DOCX\n  DOCX: \\d+ KB, all 52 words in order\n  name: Ines Vargas\n  e-mail: ines@example.org\n  phone: \\+34 600 000 000\n`));
  assert.match(stdout, /^ {4}Experience \(line 7\): a usual title for work experience\n {6}Staff Engineer, Acme Payments \(line 9\): Mar 2021 – Present \(2021-03 to present\)$/m);
  assert.match(stderr, new RegExp(`^${path}: error: PDF not built, so not read back: No browser at \`/nonexistent/chrome\` \\(from PUPPETEER_EXECUTABLE_PATH\\): .* \\[render-pdf\\]$`, 'm'));
  assert.not.match(stderr, /\n\s+at /);
});

test('--ats with sarif or github prints the diagnostics only; --browser needs --ats', () => {
  const path = writeCv(CLEAN);
  const github = check([path, '--ats', '--format', 'github'], NO_BROWSER);
  assert.equal(github.stdout.trim().split('\n').map((line) => line.split(' ')[0]), ['::error']);
  assert.match(github.stdout, /title=render-pdf::PDF not built/);
  const sarif = JSON.parse(check([path, '--ats', '--format', 'sarif'], NO_BROWSER).stdout);
  assert.is(sarifErrors(sarif), '');
  assert.equal(Object.keys(sarif), ['$schema', 'version', 'runs']);
  const usage = check([path, '--browser', '/usr/bin/chromium']);
  assert.is(usage.status, 2);
  assert.match(usage.stderr, /^resume: `--browser` is for `resume check --ats`, which prints the PDF; add `--ats` or leave it out$/m);
});

/** Run `resume check ARGS` on a terminal (util-linux `script` gives it one); what the terminal showed. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const command = [process.execPath, '--import', 'tsx', CLI, 'check', ...args].map((word) => `'${word}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...EPOCH, ...env }, timeout: 60_000 });
  if (result.error) throw new Error(`script could not run (${result.error.message}): it is in util-linux (Debian: bsdutils)`);
  return result.stdout;
}

test('colour on a terminal only, and never with NO_COLOR', () => {
  const path = writeCv(LABOR);
  // An empty NO_COLOR counts as unset (no-color.org), whatever the environment of the tests holds.
  const terminal = onTerminal([path], { NO_COLOR: '' });
  assert.match(terminal, /\x1b\[33mwarning\x1b\[0m/);
  assert.match(terminal, /\[ats-section-title\]/);
  const noColor = onTerminal([path], { NO_COLOR: '1' });
  assert.match(noColor, /: warning: `Labor`/);
  assert.not.match(noColor, /\x1b\[/);
  assert.not.match(check([path]).stderr, /\x1b\[/);
});

test.run();
