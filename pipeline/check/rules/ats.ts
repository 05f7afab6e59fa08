/**
 * Rules on the PDF and the DOCX as a résumé parser reads them back (`resume check --ats`): every word of
 * the résumé, in order, and the e-mail and phone number in the text where a parser looks for them.
 */
import type { Contact } from '../../model/types.js';
import { contactAddress, emailsIn, phoneIn } from '../parser-finds.js';
import type { BuiltContext, BuiltRule, Reading } from '../rule.js';
import { pointAt } from '../source-place.js';

// How many words of a run a message quotes.
const QUOTED_WORDS = 8;

const wordsRead: BuiltRule = {
  id: 'ats-words',
  severity: 'error',
  description: 'Words of the résumé that the built PDF or DOCX, read back as a parser reads it (pdf.js for the PDF, the text of the DOCX), lacks or holds out of order.',
  fix: 'Write that text as plain Markdown (raw HTML such as `<details>` hides it, a table with long cells mixes its lines), or upload the format that reads back whole.',
  checkBuilt(context, report) {
    for (const reading of context.readings) {
      const { missing, moved } = reading.comparison;
      const format = formatName(reading);
      const whole = wholeFormats(context, reading);
      if (missing.length > 0) {
        const run = quote(context, firstRun(missing));
        const count = missing.length === 1 ? 'a word' : `${missing.length} words`;
        report(`The ${format}, read back as a parser reads it, lacks ${count} of the résumé, first \`${run}\` here: ${advice(whole)}`, placeOf(context, missing[0]!));
      }
      if (moved.length > 0) {
        const first = moved[0]!;
        const run = quote(context, firstRun(moved.map((word) => word.expected)));
        const before = reading.words.slice(Math.max(0, first.actual - 4), first.actual).join(' ');
        const where = before === '' ? 'at its start' : `after \`${before}\``;
        report(
          `The ${format}, read back as a parser reads it, has \`${run}\` out of order (${where}), so a parser may give it to the wrong entry or section${moved.length > 1 ? ` (${moved.length} words in all)` : ''}: ${advice(whole)}`,
          placeOf(context, first.expected),
        );
      }
    }
  },
};

const contactInText: BuiltRule = {
  id: 'ats-contact',
  severity: 'warning',
  description: 'An e-mail address or phone number that the text of the built PDF or DOCX does not show, such as one only behind a link (`[Email me](mailto:…)`).',
  fix: 'Show the address or number itself: parsers find them in the text by their pattern, not behind a link.',
  checkBuilt(context, report) {
    const contacts = [...context.resume.contacts, ...context.resume.bodyContacts].filter((contact) => contact.kind === 'email' || contact.kind === 'phone');
    for (const contact of contacts) {
      const address = contactAddress(contact);
      const lacking = context.readings.filter((reading) => !shows(reading, contact, address));
      if (lacking.length === 0) continue;
      const what = contact.kind === 'email' ? 'e-mail address' : 'phone number';
      const formats = lacking.map((reading) => `the ${formatName(reading)}'s`).join(' and ');
      // Written in the Markdown's text, it is lost in the file; only in a link's target, it was never shown.
      const written = contact.kind === 'phone' ? phoneIn(contact.text, address) !== null : contact.text.toLowerCase().includes(address.toLowerCase());
      const shown = written ? `\`${contact.text.trim()}\`` : `\`${address}\` (it is only the target of the link \`${contact.text}\`)`;
      const fix = written ? 'keep it as plain text, outside raw HTML, so that parsers find it' : `write the ${what} itself, as recruiters and parsers need to read it`;
      report(`${formats[0]!.toUpperCase()}${formats.slice(1)} text, where a parser looks for your ${what}, does not show ${shown}: ${fix}`, contact.position);
    }
  },
};

/** The rules on the built files. */
export const ATS_RULES: readonly BuiltRule[] = [wordsRead, contactInText];

function shows(reading: Reading, contact: Contact, address: string): boolean {
  const text = reading.readBack.lines.join('\n');
  if (contact.kind === 'phone') return phoneIn(text, address) !== null;
  return emailsIn(text).some((found) => found.toLowerCase() === address.toLowerCase());
}

function formatName(reading: Reading): string {
  return reading.readBack.format.toUpperCase();
}

/** The other formats that read back whole, to upload instead. */
function wholeFormats(context: BuiltContext, reading: Reading): string[] {
  return context.readings.filter((other) => other !== reading && other.comparison.missing.length === 0 && other.comparison.moved.length === 0).map(formatName);
}

function advice(whole: readonly string[]): string {
  const instead = whole.length > 0 ? `, or upload the ${whole.join(' or the ')} instead, which reads back whole` : '';
  return `raw HTML (such as \`<details>\`) and tables with long cells read this way, so write this text as plain Markdown${instead}`;
}

/** The first run of consecutive indices of `indices` (sorted). */
function firstRun(indices: readonly number[]): number[] {
  const run = [indices[0]!];
  for (const index of indices.slice(1)) {
    if (index !== run.at(-1)! + 1) break;
    run.push(index);
  }
  return run;
}

/** The words at `indices` of the résumé, at most QUOTED_WORDS of them. */
function quote(context: BuiltContext, indices: readonly number[]): string {
  const words = indices.slice(0, QUOTED_WORDS).map((index) => context.expected[index]!.text);
  return `${words.join(' ')}${indices.length > QUOTED_WORDS ? ' …' : ''}`;
}

/** Where the Markdown writes the résumé's word at `index`, when known. */
function placeOf(context: BuiltContext, index: number) {
  const offset = context.expected[index]?.offset;
  return offset === null || offset === undefined ? undefined : pointAt(context.source, offset);
}
