import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLEAN, findings } from '../../helpers/check.js';

const empty = suite('rule section-empty');

empty('a title with nothing under it is a warning at the title', async () => {
  assert.equal(await findings(CLEAN.replace('## Education', '## Awards\n\n## Education'), 'section-empty'), [
    { rule: 'section-empty', severity: 'warning', at: '17:1', reason: 'The section `Awards` is empty: write its content or remove the heading' },
  ]);
});

empty('a section of plain text is not empty', async () => {
  assert.equal(await findings(`${CLEAN}\n## Skills\n\nGo, SQL, Kafka.\n`, 'section-empty'), []);
});

empty.run();

const undated = suite('rule entry-undated');

undated('a job with no dates is a warning at its header', async () => {
  const markdown = CLEAN.replace('**Jan 2018 – Feb 2021, Software Engineer, Borealis Ltd**', '### Software Engineer — Borealis Ltd');
  assert.equal(await findings(markdown, 'entry-undated'), [
    {
      rule: 'entry-undated',
      severity: 'warning',
      at: '13:1',
      reason: 'This entry has no dates: add them to its header (`Jan 2020 – present`, `2016 – 2020`); parsers count your years of experience from them',
    },
  ]);
});

undated('an undated project or skill is fine', async () => {
  const markdown = `${CLEAN}\n## Projects\n\n### Ledger CLI — Open source\n\n- A command line for the ledger.\n`;
  assert.equal(await findings(markdown, 'entry-undated'), []);
});

undated.run();

const duplicate = suite('rule section-duplicate');

duplicate('a second section of the same title is a warning at it that points to the first', async () => {
  const markdown = `${CLEAN}\n## experience\n\n**2012 – 2014, Tutor, Wrenford University**\n`;
  assert.equal(await findings(markdown, 'section-duplicate'), [
    { rule: 'section-duplicate', severity: 'warning', at: '21:1', reason: 'A second section titled `experience` (the first is on line 7): merge the two under one heading' },
  ]);
});

duplicate.run();

const title = suite('rule ats-section-title');

title('jobs under `Labor` are a warning at the title with the usual titles', async () => {
  assert.equal(await findings(CLEAN.replace('## Experience', '## Labor'), 'ats-section-title'), [
    {
      rule: 'ats-section-title',
      severity: 'warning',
      at: '7:1',
      reason: '`Labor` is not a title applicant tracking systems read as work experience, so the jobs under it may not count: rename it to `Experience`, `Work Experience` or `Professional Experience`',
    },
  ]);
});

title('jobs under `Stuff I did`, degrees under `Where I studied`', async () => {
  const markdown = CLEAN.replace('## Experience', '## Stuff I did').replace('## Education', '## Where I studied');
  assert.equal((await findings(markdown, 'ats-section-title')).map(({ at, reason }) => [at, reason]), [
    ['7:1', '`Stuff I did` is not a title applicant tracking systems read as work experience, so the jobs under it may not count: rename it to `Experience`, `Work Experience` or `Professional Experience`'],
    ['17:1', '`Where I studied` is not a title applicant tracking systems read as education, so the degrees under it may not count: rename it to `Education`'],
  ]);
});

title('suggests the usual titles of the résumé’s language', async () => {
  const markdown = `---\nlang: de\n---\n${CLEAN.replace('## Experience', '## Stationen').replace('## Education', '## Ausbildung')}`;
  assert.match((await findings(markdown, 'ats-section-title'))[0]!.reason, /rename it to `Berufserfahrung` or `Berufliche Erfahrung`$/);
});

title('usual titles, internships and projects are fine, in any case and language', async () => {
  const markdown = CLEAN.replace('## Experience', '## WORK EXPERIENCE').replace('## Education', '## Formación') + '\n## Internships\n\n**Jun 2013 – Aug 2013, Intern, Quill Co**\n';
  assert.equal(await findings(markdown, 'ats-section-title'), []);
});

title('titles in a language whose usual titles are not known here are left alone', async () => {
  const markdown = [
    '# Dewi Lestari',
    'dewi@example.org · +62 812 5550 4471',
    '## Pengalaman Kerja',
    '**Mar 2021 – Sekarang, Insinyur Perangkat Lunak, PT Contoh Jaya**',
    '- Membangun layanan pembayaran untuk pelanggan di seluruh negeri.',
    '## Pendidikan',
    '**S1 Teknik Informatika, Universitas Nusantara, 2014 – 2018**',
  ].join('\n\n');
  assert.equal(await findings(markdown, 'ats-section-title'), []);
  // A title of that language the table does not know, in an English résumé, is an unusual one.
  assert.is((await findings(CLEAN.replace('## Experience', '## Riwayat Kerja'), 'ats-section-title')).length, 1);
});

title('jobs with no section title at all', async () => {
  const markdown = CLEAN.replace('## Experience\n\n', '').replace(/\n## Education[^]*$/, '\n');
  assert.equal((await findings(markdown, 'ats-section-title')).map(({ at, reason }) => [at, reason]), [
    ['7:1', 'These jobs have no section title, so applicant tracking systems may not read them as work experience: put them under a heading such as `Experience`, `Work Experience` or `Professional Experience`'],
  ]);
});

title.run();
