/**
 * The rules on the built files, given read-backs written here (the seam: a PDF or DOCX whose text lost a
 * word or moved one), so that each message and its place can be checked without a browser.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { compareWords } from '../../../pipeline/check/compare-words.js';
import { expectedWords } from '../../../pipeline/check/expected-words.js';
import { frontMatterOf } from '../../../pipeline/check/front-matter-of.js';
import type { ReadFormat } from '../../../pipeline/check/read-back.js';
import { readingWords } from '../../../pipeline/check/reading-words.js';
import type { Reading } from '../../../pipeline/check/rule.js';
import { DEFAULT_PAGES } from '../../../pipeline/check/rules/length.js';
import { runBuiltRules } from '../../../pipeline/check/run-rules.js';
import { severityOf } from '../../../pipeline/format-messages.js';
import { toResume } from '../../../pipeline/model/to-resume.js';
import { parse } from '../../../pipeline/parse.js';
import { CLEAN } from '../../helpers/check.js';

interface Read {
  format: ReadFormat;
  text: string;
  pages?: number;
}

/** The messages the rules on the built files give for `markdown` whose files read back as `reads`. */
function findings(markdown: string, reads: Read[], rule: string) {
  const file = new VFile({ path: 'cv.md', value: markdown });
  const tree = parse(file);
  const resume = toResume(tree, file);
  const expected = expectedWords(resume, markdown);
  const readings = reads.map(({ format, text, pages }): Reading => {
    const words = readingWords(text);
    return { readBack: { format, lines: text.split('\n'), links: [], pages: pages ?? (format === 'pdf' ? 1 : null), bytes: 1000 }, words, comparison: compareWords(expected.map((word) => word.text), words) };
  });
  const frontMatter = frontMatterOf(tree, file.path);
  const checked = new VFile({ path: 'cv.md', value: markdown });
  const context = { resume, source: markdown, today: { year: 2026, month: 5 }, readings, expected, pages: { limit: frontMatter.pages ?? DEFAULT_PAGES, place: frontMatter.places.pages } };
  runBuiltRules(context, checked, new Set());
  return checked.messages.filter((message) => message.ruleId === rule).map((message) => ({ severity: severityOf(message), at: `${message.line}:${message.column}`, reason: message.reason }));
}

/** CLEAN as its built files read: the header, then each entry with its dates first, as the source has them. */
const READ = `Ines Vargas
ines@example.org · +34 600 000 000 · github.com/ivargas
Backend engineer who builds payment systems that stay up.
Experience
Mar 2021 – Present Staff Engineer, Acme Payments
• Led the rewrite of the ledger service.
Jan 2018 – Feb 2021 Software Engineer, Borealis Ltd
• Built the billing service.
Education
BSc Computer Science, Wrenford University 2014 – 2018`;

const words = suite('rule ats-words');

words('finds nothing when both files read back every word in order', () => {
  assert.equal(findings(CLEAN, [{ format: 'pdf', text: READ }, { format: 'docx', text: READ }], 'ats-words'), []);
});

words('words a file lacks are an error at the first of them, naming the file that reads whole', () => {
  const lost = READ.replace('• Led the rewrite of the ledger service.\n', '');
  assert.equal(findings(CLEAN, [{ format: 'pdf', text: lost }, { format: 'docx', text: READ }], 'ats-words'), [
    {
      severity: 'error',
      at: '11:3',
      reason:
        'The PDF, read back as a parser reads it, lacks 7 words of the résumé, first `Led the rewrite of the ledger service` here: raw HTML (such as `<details>`) and tables with long cells read this way, so write this text as plain Markdown, or upload the DOCX instead, which reads back whole',
    },
  ]);
});

words('dates read after an entry’s bullets are an error at the dates, saying where they are read', () => {
  const moved = READ.replace('Mar 2021 – Present Staff Engineer, Acme Payments\n• Led the rewrite of the ledger service.', 'Staff Engineer, Acme Payments\n• Led the rewrite of the ledger service.\nMar 2021 – Present');
  const found = findings(CLEAN, [{ format: 'docx', text: moved }], 'ats-words');
  assert.equal(found.map(({ severity, at }) => ({ severity, at })), [{ severity: 'error', at: '9:3' }]);
  assert.match(found[0]!.reason, /^The DOCX, read back as a parser reads it, has `Mar 2021 Present` out of order \(after `of the ledger service`\), so a parser may give it to the wrong entry or section \(3 words in all\): /);
  assert.not.match(found[0]!.reason, /upload/);
});

words.run();

const contact = suite('rule ats-contact');

contact('an e-mail only behind a link, and so in no file’s text, is a warning at the contact', () => {
  const markdown = CLEAN.replace('ines@example.org', '[Email me](mailto:ines@example.org)');
  const read = READ.replace('ines@example.org', 'Email me');
  assert.equal(findings(markdown, [{ format: 'pdf', text: read }, { format: 'docx', text: read }], 'ats-contact'), [
    {
      severity: 'warning',
      at: '3:1',
      reason: "The PDF's and the DOCX's text, where a parser looks for your e-mail address, does not show `ines@example.org` (it is only the target of the link `Email me`): write the e-mail address itself, as recruiters and parsers need to read it",
    },
  ]);
});

contact('a phone number the text shows with other separators is found; one it lacks is not', () => {
  assert.equal(findings(CLEAN, [{ format: 'pdf', text: READ.replace('+34 600 000 000', '+34 600-000-000') }], 'ats-contact'), []);
  const found = findings(CLEAN, [{ format: 'pdf', text: READ.replace('+34 600 000 000', '+34 600 000') }], 'ats-contact');
  assert.equal(found.map(({ at, reason }) => [at, reason.split(':')[0]]), [['3:20', "The PDF's text, where a parser looks for your phone number, does not show `+34 600 000 000`"]]);
});

contact.run();

const pages = suite('rule length-pages');

pages('a PDF of more pages than front matter `pages` is a warning at the key’s value', () => {
  const markdown = `---\npages: 1\n---\n${CLEAN}`;
  assert.equal(findings(markdown, [{ format: 'pdf', text: READ, pages: 2 }], 'length-pages'), [
    {
      severity: 'warning',
      at: '2:8',
      reason: 'The PDF takes 2 pages, more than the 1 that front matter `pages` allows: recruiters read a page or two, so cut what matters least for the job (old roles, long bullets), or raise `pages` if the length is deliberate',
    },
  ]);
  assert.equal(findings(markdown, [{ format: 'pdf', text: READ, pages: 1 }], 'length-pages'), []);
});

pages('without `pages` the limit is 2, and the warning is at line 1; a DOCX has no pages to count', () => {
  assert.equal(findings(CLEAN, [{ format: 'pdf', text: READ, pages: 2 }, { format: 'docx', text: READ }], 'length-pages'), []);
  assert.equal(findings(CLEAN, [{ format: 'pdf', text: READ, pages: 3 }], 'length-pages'), [
    {
      severity: 'warning',
      at: '1:1',
      reason: 'The PDF takes 3 pages, more than 2 (the default of front matter `pages`): recruiters read a page or two, so cut what matters least for the job (old roles, long bullets), or set front matter `pages: 3` if the length is deliberate',
    },
  ]);
});

pages.run();
