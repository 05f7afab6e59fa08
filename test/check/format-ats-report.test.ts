import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AtsFile, AtsReport } from '../../pipeline/check/ats-report.js';
import { formatAtsReport } from '../../pipeline/check/format-ats-report.js';

const test = suite('formatAtsReport');

const file = (format: AtsFile['format'], changes: Partial<AtsFile> = {}): AtsFile => ({
  format,
  pages: format === 'pdf' ? 2 : null,
  bytes: format === 'pdf' ? 48_000 : 1_600_000,
  words: 312,
  missing: 0,
  outOfOrder: 0,
  name: 'Ines Vargas',
  emails: ['ines@example.org'],
  phones: ['+34 600 000 000'],
  links: [{ url: 'https://github.com/ivargas', clickable: true, shown: false }],
  ...changes,
});

const REPORT: AtsReport = {
  files: [file('pdf', { missing: 3, outOfOrder: 2 }), file('docx', { emails: [], links: [{ url: 'https://github.com/ivargas', clickable: false, shown: false }] })],
  sections: [
    {
      title: 'Labor',
      line: 7,
      kind: 'work',
      standard: false,
      suggestions: ['Experience', 'Work Experience'],
      entries: [
        { title: 'Staff Engineer, Acme Payments', line: 9, dates: { text: 'Mar 2021 – Present', start: '2021-03', end: 'present' } },
        { title: 'Intern, Gamma Ltd', line: 13, dates: null },
      ],
    },
    { title: 'Education', line: 17, kind: 'education', standard: true, suggestions: [], entries: [{ title: 'BSc, Wrenford University', line: 19, dates: { text: '2014', start: '2014', end: '2014' } }] },
    { title: 'Things I like', line: 21, kind: null, standard: false, suggestions: [], entries: [] },
  ],
};

test('shows each file, the fields a parser fills (each file’s value where they differ), the sections and entries', () => {
  assert.is(
    formatAtsReport('cv.md', REPORT),
    [
      'cv.md: what a parser reads in the built PDF and DOCX',
      '  PDF: 2 pages, 47 KB, of 312 words, 3 missing and 2 out of order',
      '  DOCX: 1.5 MB, all 312 words in order',
      '  name: Ines Vargas',
      '  e-mail: ines@example.org (PDF); (none found) (DOCX)',
      '  phone: +34 600 000 000',
      '  links:',
      '    https://github.com/ivargas (not a link in the DOCX; the text does not show this address, so a parser that reads only text misses it)',
      '  sections:',
      '    Labor (line 7): parsers may not read this as work experience; rename it to `Experience` or `Work Experience`',
      '      Staff Engineer, Acme Payments (line 9): Mar 2021 – Present (2021-03 to present)',
      '      Intern, Gamma Ltd (line 13): no dates',
      '    Education (line 17): a usual title for education',
      '      BSc, Wrenford University (line 19): 2014 (2014)',
      '    Things I like (line 21): a title parsers may not know',
    ].join('\n'),
  );
});

test('says so when no file could be built', () => {
  assert.is(formatAtsReport('cv.md', { files: [], sections: [] }), 'cv.md: what a parser reads in the built files (none could be built)\n  sections: (none)');
});

test.run();
