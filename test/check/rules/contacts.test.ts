import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLEAN, findings } from '../../helpers/check.js';

const CONTACTS = 'ines@example.org · +34 600 000 000 · [github.com/ivargas](https://github.com/ivargas)';

const email = suite('rule contact-no-email');

email('no e-mail anywhere is a warning at the name', async () => {
  assert.equal(await findings(CLEAN.replace(CONTACTS, '+34 600 000 000'), 'contact-no-email'), [
    {
      rule: 'contact-no-email',
      severity: 'warning',
      at: '1:1',
      reason: 'No e-mail address found: recruiters and applicant tracking systems expect one; add it under your name (`jane@example.com`) or as front matter `email:`',
    },
  ]);
});

email('an e-mail in front matter or a contact section is found', async () => {
  const header = CLEAN.replace(CONTACTS, '+34 600 000 000');
  assert.equal(await findings(`---\nemail: ines@example.org\n---\n${header}`, 'contact-no-email'), []);
  assert.equal(await findings(`${header}\n## Contact\n\n- ines@example.org\n`, 'contact-no-email'), []);
});

email.run();

const phone = suite('rule contact-phone-international');

phone('a number without its country code is information at it', async () => {
  assert.equal(await findings(CLEAN.replace('+34 600 000 000', '020 7946 0000'), 'contact-phone-international'), [
    {
      rule: 'contact-phone-international',
      severity: 'info',
      at: '3:20',
      reason: '`020 7946 0000` has no country code: write it in international form, with `+` and the country code (`+44 20 7946 0000` for a UK number), so it can be dialled from abroad',
    },
  ]);
});

phone('`+` or `00` and the country code are international', async () => {
  assert.equal(await findings(CLEAN, 'contact-phone-international'), []);
  assert.equal(await findings(CLEAN.replace('+34 600 000 000', '0034 600 000 000'), 'contact-phone-international'), []);
});

phone.run();
