import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLEAN, findings } from '../../helpers/check.js';

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

const bullet = suite('rule bullet-length');

bullet('a bullet of 41 words is information at the bullet; 40 are fine', async () => {
  assert.equal(await findings(CLEAN.replace('- Built the billing service.', `- ${words(41)}`), 'bullet-length'), [
    {
      rule: 'bullet-length',
      severity: 'info',
      at: '15:1',
      reason: 'This bullet has 41 words: recruiters skim, so keep a bullet under 40 words (one achievement in a line or two), or split it',
    },
  ]);
  assert.equal(await findings(CLEAN.replace('- Built the billing service.', `- ${words(40)}`), 'bullet-length'), []);
});

bullet('a nested list’s items count as bullets of their own', async () => {
  const markdown = CLEAN.replace('- Built the billing service.', `- ${words(30)}\n  - ${words(30)}\n  - ${words(45)}`);
  assert.equal((await findings(markdown, 'bullet-length')).map(({ at }) => at), ['17:3']);
});

bullet.run();

const summary = suite('rule summary-length');

summary('a summary of 81 words is information at its start; 80 are fine', async () => {
  assert.equal(await findings(CLEAN.replace('Backend engineer who builds payment systems that stay up.', `${words(41)}\n\n${words(40)}`), 'summary-length'), [
    { rule: 'summary-length', severity: 'info', at: '5:1', reason: 'The summary has 81 words: keep it under 80 (three or four lines) so that a recruiter reads it whole' },
  ]);
  assert.equal(await findings(CLEAN.replace('Backend engineer who builds payment systems that stay up.', words(80)), 'summary-length'), []);
});

summary.run();
