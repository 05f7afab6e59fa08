import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { VFile } from 'vfile';
import { checkDocument } from '../../pipeline/check/check-document.js';
import { RULE_IDS } from '../../pipeline/check/registry.js';
import { severityOf } from '../../pipeline/format-messages.js';
import type { RenderSettings } from '../../pipeline/prepare-document.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { STYLES_DIR } from '../../pipeline/theme/load-theme.js';
import { CLEAN, checkMarkdown, findings, TODAY, writeCv } from '../helpers/check.js';

const test = suite('checkDocument');

const LABOR = CLEAN.replace('## Experience', '## Labor');

test('finds nothing in a clean résumé', async () => {
  assert.equal(await findings(CLEAN), []);
});

test('reports the build’s own warnings with the rules’ findings', async () => {
  const found = await findings(`${CLEAN}\n**Intern, Gamma Ltd**\n`);
  assert.ok(found.some((each) => each.rule === 'entry-without-dates'), JSON.stringify(found));
});

test('a file that does not load is reported as the build reports it, and not checked further', async () => {
  const file = await checkDocument('test/check/no-such-cv.md', { today: TODAY, ignore: [] });
  assert.equal(file.messages.map((message) => [message.ruleId, message.fatal]), [['read', true]]);
});

test('every rule of the registry can be ignored for a run', async () => {
  const ignored = await checkMarkdown(LABOR, ['ats-section-title']);
  assert.equal(ignored.messages, []);
  const all = await checkMarkdown(LABOR, [...RULE_IDS]);
  assert.equal(all.messages, []);
  assert.is((await checkMarkdown(LABOR)).messages.length, 1);
});

test('front matter `check: { ignore: [...] }` leaves rules out for this résumé', async () => {
  const flow = await checkMarkdown(`---\ncheck: { ignore: [ats-section-title] }\n---\n${LABOR}`);
  assert.equal(flow.messages, []);
  const block = await checkMarkdown(`---\ncheck:\n  ignore:\n    - ats-section-title\n---\n${LABOR}`);
  assert.equal(block.messages, []);
  const comma = await checkMarkdown(`---\ncheck:\n  ignore: bullet-length, ats-section-title\n---\n${LABOR}`);
  assert.equal(comma.messages, []);
});

test('an unknown rule id in front matter is an error at its line and column, with the closest id', async () => {
  const found = await findings(`---\ncheck:\n  ignore: [link-http, ats-section-titel]\n---\n${LABOR}`);
  assert.equal(found, [
    { rule: 'front-matter-check', severity: 'error', at: '3:23', reason: 'Unknown rule `ats-section-titel` in front matter `check.ignore`: did you mean `ats-section-title`?' },
    { rule: 'ats-section-title', severity: 'warning', at: '11:1', reason: found[1]!.reason },
  ]);
  const far = await findings(`---\ncheck: { ignore: [nothing-like-it] }\n---\n${CLEAN}`);
  assert.is(far.length, 1);
  assert.match(far[0]!.reason, /^Unknown rule `nothing-like-it` in front matter `check.ignore`: expected one of `date-end-before-start`, /);
  assert.is(far[0]!.at, '2:19');
});

test('front matter `check` of the wrong shape is an error at its value, as other keys are', async () => {
  const found = await findings(`---\ncheck: [bullet-length]\n---\n${CLEAN}`);
  assert.equal(found.map(({ rule, severity, at }) => ({ rule, severity, at })), [{ rule: 'front-matter-type', severity: 'error', at: '2:8' }]);
  assert.match(found[0]!.reason, /^Front matter `check` must be a mapping such as `check: \{ ignore: \[bullet-length\] \}`, not a list$/);
  const key = await findings(`---\ncheck: { ignor: [bullet-length] }\n---\n${CLEAN}`);
  assert.equal(key.map(({ rule, at, reason }) => ({ rule, at, reason })), [{ rule: 'front-matter-key', at: '2:10', reason: 'Unknown key `ignor` in front matter `check`: did you mean `ignore`?' }]);
});

test('checks the file as written: cv.md in the test’s own folder', () => {
  assert.match(writeCv(CLEAN), /resume-check-[^/]+\/cv\.md$/);
});

test.run();

// With `--ats`: one browser for the suite, as one run of the command has.
const ats = suite('checkDocument --ats');

const browser = new BrowserManager({ flag: null, env: process.env });
const settings: RenderSettings = { theme: null, paper: null, generator: 'resume-as-code test', date: null, stylesDir: STYLES_DIR, themes: new Map() };

/** Check `markdown` with its PDF and DOCX built and read back. */
const checkBuilt = (markdown: string, ignore: string[] = []): Promise<VFile> => checkDocument(writeCv(markdown), { today: TODAY, ignore, ats: { browser, settings } });
const messagesOf = (file: VFile) => file.messages.map((message) => ({ rule: message.ruleId, severity: severityOf(message), at: `${message.line}:${message.column}`, reason: message.reason }));

ats.after(() => browser.close());

ats('a good résumé reads back whole from both files: no message, and the report of what a parser finds', async () => {
  // An Arabic bullet: a right-to-left line must read back in its order too.
  const file = await checkBuilt(CLEAN.replace('- Built the billing service.', '- Built the billing service.\n- Wrote the Arabic help: مرحبا بالعالم'));
  assert.equal(messagesOf(file), []);
  const report = file.data.ats!;
  assert.equal(report.files.map(({ format, pages, missing, outOfOrder }) => ({ format, pages, missing, outOfOrder })), [
    { format: 'pdf', pages: 1, missing: 0, outOfOrder: 0 },
    { format: 'docx', pages: null, missing: 0, outOfOrder: 0 },
  ]);
  for (const read of report.files) {
    assert.is(read.words, 58);
    assert.is(read.name, 'Ines Vargas');
    assert.equal(read.emails, ['ines@example.org']);
    assert.equal(read.phones, ['+34 600 000 000']);
    assert.equal(read.links, [{ url: 'https://github.com/ivargas', clickable: true, shown: true }]);
  }
  assert.equal(report.sections, [
    {
      title: 'Experience',
      line: 7,
      kind: 'work',
      standard: true,
      suggestions: [],
      entries: [
        { title: 'Staff Engineer, Acme Payments', line: 9, dates: { text: 'Mar 2021 – Present', start: '2021-03', end: 'present' } },
        { title: 'Software Engineer, Borealis Ltd', line: 13, dates: { text: 'Jan 2018 – Feb 2021', start: '2018-01', end: '2021-02' } },
      ],
    },
    { title: 'Education', line: 18, kind: 'education', standard: true, suggestions: [], entries: [{ title: 'BSc Computer Science, Wrenford University', line: 20, dates: { text: '2014 – 2018', start: '2014', end: '2018' } }] },
  ]);
});

ats('text the page hides (a closed `<details>`) is missing from the PDF: an error at its line; the DOCX reads whole', async () => {
  const file = await checkBuilt(CLEAN.replace('Backend engineer who builds payment systems that stay up.', 'Backend engineer.\n\n<details><summary>More</summary>Kubernetes expert and on-call veteran</details>'));
  const found = messagesOf(file).filter((message) => message.rule === 'ats-words');
  assert.equal(found.map(({ severity, at }) => ({ severity, at })), [{ severity: 'error', at: '7:33' }]);
  assert.match(found[0]!.reason, /^The PDF, read back as a parser reads it, lacks 6 words of the résumé, first `Kubernetes expert and on call veteran` here: .*upload the DOCX instead, which reads back whole$/);
  assert.equal(file.data.ats!.files.map(({ missing }) => missing), [6, 0]);
});

ats('a table whose cells wrap reads line by line across its cells: words out of order, an error where they are written', async () => {
  const long = (what: string) => `${what} the ledger service from one monolith into three small services that each team owns and runs`;
  const table = `| Project | Outcome |\n| --- | --- |\n| ${long('Rewrote')} | ${long('Split')} |`;
  const file = await checkBuilt(CLEAN.replace('- Built the billing service.', table));
  const found = messagesOf(file).filter((message) => message.rule === 'ats-words');
  assert.is(found.length, 1, JSON.stringify(found));
  assert.is(found[0]!.at.split(':')[0], '17');
  assert.match(found[0]!.reason, /^The PDF, read back as a parser reads it, has `.+` out of order \(after `.+`\), so a parser may give it to the wrong entry or section/);
});

ats('`pages: 1` warns when the PDF takes 2 pages, at the key’s value; `--ignore length-pages` leaves it out', async () => {
  const bullet = (index: number) => `- Delivered project ${index} for the team by planning the work, writing the code, reviewing changes and measuring the results.`;
  const entries = Array.from({ length: 8 }, (_, index) => `**Jan ${2010 + index} – Dec ${2010 + index}, Engineer ${index}, Company ${index}**\n\n${[1, 2, 3].map(bullet).join('\n')}\n`);
  const markdown = `---\npages: 1\n---\n# Ines Vargas\n\nines@example.org\n\n## Experience\n\n${entries.reverse().join('\n')}`;
  const file = await checkBuilt(markdown);
  assert.is(file.data.ats!.files[0]!.pages, 2);
  assert.equal(messagesOf(file).filter((message) => message.rule === 'length-pages').map(({ severity, at }) => ({ severity, at })), [{ severity: 'warning', at: '2:8' }]);
  assert.equal(messagesOf(await checkBuilt(markdown, ['length-pages'])), []);
});

ats('without `--ats` nothing is built: no report, and no rule on the built files runs', async () => {
  const file = await checkMarkdown(`---\npages: 1\n---\n${CLEAN}`);
  assert.is(file.data.ats, undefined);
  assert.equal(file.messages, []);
});

ats.run();
