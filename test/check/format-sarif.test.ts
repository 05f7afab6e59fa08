import { relative } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDocument } from '../../pipeline/check/check-document.js';
import { toSarif } from '../../pipeline/check/format-sarif.js';
import { RULES } from '../../pipeline/check/registry.js';
import { CLEAN, TODAY, writeCv } from '../helpers/check.js';
import { sarifErrors } from '../helpers/sarif.js';

/** A résumé with an error, a warning, information and a warning of the build’s own. */
const PROBLEMS = `${CLEAN.replace('Mar 2021 – Present', 'Mar 2022 – Mar 2021').replace('## Experience', '## Labor').replace('+34 600 000 000', '600 000 000')}\n**Intern, Gamma Ltd**\n`;

const test = suite('toSarif');

test('a log of every severity, a build warning and a file that did not load is valid SARIF 2.1.0', async () => {
  const path = relative(process.cwd(), writeCv(PROBLEMS));
  const files = [await checkDocument(path, { today: TODAY, ignore: [] }), await checkDocument('test/check/no such cv.md', { today: TODAY, ignore: [] })];
  const log = toSarif(files, { name: 'resume check', version: '0.1.0' });
  assert.is(sarifErrors(log), '');
  const levels = new Set(log.runs[0]!.results.map((result) => result.level));
  assert.equal([...levels].sort(), ['error', 'note', 'warning']);
  const missing = log.runs[0]!.results.at(-1)!;
  assert.equal(missing.locations[0]!.physicalLocation, { artifactLocation: { uri: 'test/check/no%20such%20cv.md' } });
});

test('results point at the message’s line and column, and at their rule in the driver', async () => {
  const path = writeCv(PROBLEMS);
  const file = await checkDocument(path, { today: TODAY, ignore: [] });
  const log = toSarif([file], { name: 'resume check', version: '0.1.0' });
  const run = log.runs[0]!;
  assert.equal(run.tool.driver.rules.map((rule) => rule.id), RULES.map((rule) => rule.id));
  const end = run.results.find((result) => result.ruleId === 'date-end-before-start')!;
  assert.is(end.level, 'error');
  assert.equal(end.locations[0]!.physicalLocation.region, { startLine: 9, startColumn: 3, endLine: 9, endColumn: 22 });
  assert.is(run.tool.driver.rules[end.ruleIndex!]!.id, 'date-end-before-start');
  assert.is(run.tool.driver.rules[end.ruleIndex!]!.defaultConfiguration.level, 'error');
  // An absolute path is a file: URL.
  assert.match(end.locations[0]!.physicalLocation.artifactLocation.uri, /^file:\/\/\/.*\/cv\.md$/);
  const build = run.results.find((result) => result.ruleId === 'entry-without-dates')!;
  assert.is(build.ruleIndex, undefined);
});

test('the schema refuses a broken log (so the validation can fail)', () => {
  assert.match(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'info', message: { text: 'm' } }] }] }), /level/);
  assert.match(sarifErrors({ version: '2.0.0', runs: [] }), /version/);
  assert.match(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] }), /uri/);
});

test.run();
