import { readFileSync, writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../../pipeline/check/registry.js';
import { rulesTable } from '../../pipeline/check/rules-table.js';

const test = suite('rules table');

const README = 'README.md';
// The table stands between these two comments; `UPDATE=1` rewrites it from the registry.
const BETWEEN = /(<!-- rules:start[^>]*-->\n)([^]*?)(<!-- rules:end -->)/;

test('the README lists every rule of the registry with its severity, what it looks for and the fix', () => {
  const readme = readFileSync(README, 'utf8');
  const found = BETWEEN.exec(readme);
  assert.ok(found, 'README.md has no `<!-- rules:start -->` … `<!-- rules:end -->` block');
  const expected = `\n${rulesTable(RULES)}\n\n`;
  if (process.env.UPDATE === '1' && found[2] !== expected) {
    writeFileSync(README, readme.replace(BETWEEN, `$1${expected}$3`));
    return;
  }
  assert.fixture(found[2]!, expected);
});

test('one row a rule, ids unique and kebab-case, every description and fix a sentence', () => {
  const rows = rulesTable(RULES).split('\n').slice(2);
  assert.is(rows.length, RULES.length);
  assert.is(new Set(RULES.map((rule) => rule.id)).size, RULES.length);
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.match(rule.description, /^[A-Z`].*\.$/, rule.id);
    assert.match(rule.fix, /^[A-Z`].*\.$/, rule.id);
  }
});

test.run();
