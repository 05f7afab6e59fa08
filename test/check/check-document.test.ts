import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDocument } from '../../pipeline/check/check-document.js';
import { RULE_IDS } from '../../pipeline/check/registry.js';
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
