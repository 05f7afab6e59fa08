import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLEAN, findings } from '../../helpers/check.js';

const FIRST = '**Mar 2021 – Present, Staff Engineer, Acme Payments**';
const SECOND = '**Jan 2018 – Feb 2021, Software Engineer, Borealis Ltd**';

/** CLEAN with its two jobs' headers (lines 9 and 13) replaced by `first` and `second`. */
const jobs = (first: string, second = SECOND) => CLEAN.replace(`${FIRST}\n`, '\u0000\n').replace(`${SECOND}\n`, `${second}\n`).replace('\u0000', first);

const endBeforeStart = suite('rule date-end-before-start');

endBeforeStart('an end before its start is an error at the dates, saying to swap them', async () => {
  assert.equal(await findings(jobs('**Jan 2022 – Mar 2020, Staff Engineer, Acme Payments**'), 'date-end-before-start'), [
    {
      rule: 'date-end-before-start',
      severity: 'error',
      at: '9:3',
      reason: 'The end `Mar 2020` comes before the start `Jan 2022`: swap the dates or correct the one that is wrong, so that the range reads earliest first',
    },
  ]);
});

endBeforeStart('finds the dates on the date line under a heading entry', async () => {
  const markdown = CLEAN.replace('**Mar 2021 – Present, Staff Engineer, Acme Payments**', '### Staff Engineer — Acme Payments\n\n*2023 – 2021 · Madrid*');
  assert.equal((await findings(markdown, 'date-end-before-start')).map(({ at }) => at), ['11:2']);
});

endBeforeStart('a range within one year, or one whose month is not written, is not reversed', async () => {
  assert.equal(await findings(jobs('**Mar 2021 – Mar 2021, Staff Engineer, Acme Payments**', '**2017 – May 2017, Software Engineer, Borealis Ltd**'), 'date-end-before-start'), []);
});

endBeforeStart.run();

const inFuture = suite('rule date-in-future');

inFuture('a range that starts after today is a warning that names today', async () => {
  assert.equal(await findings(jobs('**Jun 2026 – Present, Staff Engineer, Acme Payments**'), 'date-in-future'), [
    {
      rule: 'date-in-future',
      severity: 'warning',
      at: '9:3',
      reason: 'The start `Jun 2026` is after today (2026-05): correct the year, or leave the entry out until it starts',
    },
  ]);
  assert.is((await findings(jobs('**2031 – Present, Staff Engineer, Acme Payments**'), 'date-in-future')).length, 1);
});

inFuture('this month, this year and a single future date (an expected degree) are not', async () => {
  assert.equal(await findings(jobs('**May 2026 – Present, Staff Engineer, Acme Payments**', '**2026 – Present, Software Engineer, Borealis Ltd**'), 'date-in-future'), []);
  assert.equal(await findings(CLEAN.replace('2014 – 2018', 'May 2027'), 'date-in-future'), []);
});

inFuture.run();

const unparsed = suite('rule date-unparsed');

unparsed('a season with a short year on a heading entry’s date line is reported at each, where it is written', async () => {
  const markdown = CLEAN.replace('**Mar 2021 – Present, Staff Engineer, Acme Payments**', "### Staff Engineer — Acme Payments\n\n*Summer '19 – Fall '20 · Madrid*");
  const found = await findings(markdown, 'date-unparsed');
  assert.equal(found.map(({ at }) => at), ['11:2', '11:15']);
  assert.is(found[0]!.reason, "`Summer ‘19` in this entry's header looks like a date but was not read as one, so the entry has no dates for a parser; write it as a month and a four-digit year (`Jun 2019`, `06/2019`) or a year");
});

unparsed('a month number past 12 is reported, beside the dates that were read', async () => {
  const found = await findings(jobs('**Staff Engineer, Acme Payments, 13/2019 – 2021**'), 'date-unparsed');
  assert.equal(found.map(({ at, reason }) => [at, reason.split(':')[0]]), [['9:34', "`13/2019` in this entry's header looks like a date but was not read as one, so the entry has other dates for a parser; write it as a month and a four-digit year (`Jun 2019`, `06/2019`) or a year"]]);
});

unparsed('a single date followed by a dash and no date is the range it was meant to be', async () => {
  const found = await findings(jobs('**Staff Engineer, Acme Payments, 2019 - ???**'), 'date-unparsed');
  assert.equal(found, [
    {
      rule: 'date-unparsed',
      severity: 'warning',
      at: '9:34',
      reason: '`2019 - ???` was read as the single date `2019`: the end after the dash is not a date; write it as a month and a four-digit year, or `present`',
    },
  ]);
  const typo = await findings(jobs('**Staff Engineer, Acme Payments, Sept 2019 – Jun 20201**'), 'date-unparsed');
  assert.equal(typo.map(({ at, reason }) => [at, reason.split(' was ')[0]]), [['9:34', '`Sept 2019 – Jun 20201`']]);
});

unparsed('a year in a name, a duration or a place is not a date', async () => {
  const markdown = jobs('**Mar 2021 – Present, Staff Engineer, Expo 2020 Dubai (2 years)**', '### Software Engineer — Borealis Ltd\n\n*Jan 2018 – Feb 2021 · Washington, DC 20001*');
  assert.equal(await findings(markdown, 'date-unparsed'), []);
});

unparsed.run();

const order = suite('rule date-order');

order('an entry more recent than the one above it is a warning at that entry', async () => {
  const found = await findings(jobs('**Jan 2018 – Feb 2021, Software Engineer, Borealis Ltd**', '**Mar 2021 – Present, Staff Engineer, Acme Payments**'), 'date-order');
  assert.equal(found, [
    {
      rule: 'date-order',
      severity: 'warning',
      at: '13:1',
      reason: 'This entry (`Mar 2021 – Present`) is more recent than the one above it: put the entries of `Experience` most recent first',
    },
  ]);
});

order('a whole section oldest first is one warning at its title', async () => {
  const markdown = jobs('**Jan 2016 – Dec 2017, Intern, Borealis Ltd**', '**Jan 2018 – Feb 2021, Software Engineer, Borealis Ltd**\n\n**Mar 2021 – Present, Staff Engineer, Acme Payments**');
  assert.equal((await findings(markdown, 'date-order')).map(({ at, reason }) => [at, reason]), [
    ['7:1', 'The entries of `Experience` run oldest first: put the most recent one first, as recruiters and parsers expect'],
  ]);
});

order('the current job first, then by end and start; ties and unknown months are in order', async () => {
  const markdown = jobs('**2019 – Present, Staff Engineer, Acme Payments**\n\n**2021 – Present, Advisor, Quill Co**', '**Jan 2018 – 2019, Software Engineer, Borealis Ltd**\n\n**2017 – Mar 2019, Intern, Borealis Ltd**');
  assert.equal((await findings(markdown, 'date-order')).map(({ at }) => at), ['11:1']);
});

order.run();

const spelling = suite('rule date-spelling');

spelling('a month written in full among abbreviated ones is information at that date', async () => {
  const found = await findings(jobs('**Dec 2019 – Present, Staff Engineer, Acme Payments**', '**April 2017 – Nov 2019, Software Engineer, Borealis Ltd**'), 'date-spelling');
  assert.equal(found, [
    { rule: 'date-spelling', severity: 'info', at: '13:3', reason: '`April 2017` is written differently from most dates here (`Dec 2019`): write every date the same way' },
  ]);
});

spelling('numbers spelt two ways and two words for the present are reported once each', async () => {
  const markdown = jobs('**03/2021 – Current, Staff Engineer, Acme Payments**\n\n**2020-04 – Present, Advisor, Quill Co**', '**01/2018 – 02/2021, Software Engineer, Borealis Ltd**');
  assert.equal((await findings(markdown, 'date-spelling')).map(({ at, reason }) => [at, reason]), [
    ['11:3', '`2020-04` is written differently from most dates here (`03/2021`): write every date the same way'],
    ['11:13', '`Present` ends a range that other entries end with `Current`: use one word for the present'],
  ]);
});

spelling('May, years alone, seasons and months without their year agree with any spelling', async () => {
  const markdown = jobs('**May 2021 – Present, Staff Engineer, Acme Payments**', '**Summer 2019 – Apr 2021, Software Engineer, Borealis Ltd**\n\n**Jan – Mar 2019, Intern, Quill Co**');
  assert.equal(await findings(markdown, 'date-spelling'), []);
});

spelling.run();
