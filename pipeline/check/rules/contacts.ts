/** Rules about how a recruiter reaches the person: an e-mail, and a phone number that dials from anywhere. */
import type { Rule } from '../rule.js';

const noEmail: Rule = {
  id: 'contact-no-email',
  severity: 'warning',
  description: 'No e-mail address anywhere: not in the header, the front matter or a contact section.',
  fix: 'Add one under your name, or as front matter `email:`.',
  check(context, report) {
    const { resume } = context;
    if ([...resume.contacts, ...resume.bodyContacts].some((contact) => contact.kind === 'email')) return;
    report('No e-mail address found: recruiters and applicant tracking systems expect one; add it under your name (`jane@example.com`) or as front matter `email:`', resume.position ?? { line: 1, column: 1 });
  },
};

const localPhone: Rule = {
  id: 'contact-phone-international',
  severity: 'info',
  description: 'A phone number without its country code (`020 7946 0000`).',
  fix: 'Write it in international form, with `+` and the country code: `+44 20 7946 0000`.',
  check(context, report) {
    for (const contact of [...context.resume.contacts, ...context.resume.bodyContacts]) {
      if (contact.kind !== 'phone' || /^(?:\+|00)/u.test(contact.text.trim())) continue;
      report(`\`${contact.text}\` has no country code: write it in international form, with \`+\` and the country code (\`+44 20 7946 0000\` for a UK number), so it can be dialled from abroad`, contact.position);
    }
  },
};

/** The rules about contacts. */
export const CONTACT_RULES: readonly Rule[] = [noEmail, localPhone];
