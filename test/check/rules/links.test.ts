import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLEAN, findings } from '../../helpers/check.js';

const GITHUB = '[github.com/ivargas](https://github.com/ivargas)';

const mismatch = suite('rule link-text-mismatch');

mismatch('visible text that is another address than the target is a warning at the link', async () => {
  assert.equal(await findings(CLEAN.replace(GITHUB, '[github.com/ivargas](https://gitlab.com/ivargas)'), 'link-text-mismatch'), [
    {
      rule: 'link-text-mismatch',
      severity: 'warning',
      at: '3:38',
      reason: 'The link text `github.com/ivargas` is not where the link goes (`https://gitlab.com/ivargas`): make them the same address, since a printed page and many parsers show only the text',
    },
  ]);
  const email = CLEAN.replace('Backend engineer', 'Write to [ines@example.org](mailto:vargas@example.org). Backend engineer');
  assert.equal((await findings(email, 'link-text-mismatch')).map(({ at }) => at), ['5:10']);
});

mismatch('the same address written another way, and words as link text, are fine', async () => {
  const markdown = CLEAN.replace(GITHUB, '[https://www.GitHub.com/ivargas/](https://github.com/ivargas) · [ivargas.dev](https://ivargas.dev) · [my blog](https://blog.ivargas.dev) · [Node.js](https://nodejs.org)');
  assert.equal(await findings(markdown, 'link-text-mismatch'), []);
});

mismatch.run();

const http = suite('rule link-http');

http('an http: link is information at the link, with its https: form', async () => {
  assert.equal(await findings(CLEAN.replace('- Built the billing service.', '- Built the [billing service](http://billing.example.com).'), 'link-http'), [
    {
      rule: 'link-http',
      severity: 'info',
      at: '15:13',
      reason: '`http://billing.example.com` is not encrypted: use `https://billing.example.com` if the site serves it (most do), so that no browser warns the reader',
    },
  ]);
});

http('a reference link is placed at its reference', async () => {
  const markdown = `${CLEAN.replace('- Built the billing service.', '- Built the [billing service].')}\n[billing service]: http://billing.example.com\n`;
  assert.equal((await findings(markdown, 'link-http')).map(({ at }) => at.split(':')[0]), ['15']);
});

http.run();

const duplicate = suite('rule link-duplicate');

duplicate('an address of the header shown again in a contact section is a warning at the second', async () => {
  const markdown = `${CLEAN}\n## Contact\n\n- [GitHub](https://github.com/ivargas/)\n`;
  assert.equal(await findings(markdown, 'link-duplicate'), [
    { rule: 'link-duplicate', severity: 'warning', at: '23:3', reason: '`GitHub` is shown twice (first on line 3): list each address once' },
  ]);
  const header = CLEAN.replace('ines@example.org ·', 'ines@example.org · <mailto:INES@example.org> ·');
  assert.equal((await findings(header, 'link-duplicate')).map(({ at }) => at), ['3:20']);
});

duplicate('a project linked twice in prose is fine', async () => {
  const markdown = CLEAN.replace('- Led the rewrite of the ledger service.', '- Led the rewrite of [Ledger](https://ledger.example.com).\n- Gave a talk on [Ledger](https://ledger.example.com).');
  assert.equal(await findings(markdown, 'link-duplicate'), []);
});

duplicate.run();
