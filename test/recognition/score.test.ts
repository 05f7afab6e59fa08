import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { OutlineEntry } from '../../pipeline/model/to-outline.js';
import { addTallies, compare, percent, type Expected, type Recognised } from './compare.js';

const expected: Expected = {
  convention: 'hand-made case for the scorer',
  name: 'Jane Doe',
  email: 'jane@example.com',
  sections: ['Experience', 'Education'],
  entries: [
    { section: 'Experience', role: 'Staff Engineer', organization: 'Acme GmbH', location: 'Berlin', start: '2019-04', end: 'present' },
    { section: 'Experience', role: 'Engineer', organization: 'Initech', location: null, start: '2015', end: '2019' },
    { section: 'Education', role: 'B.Sc. Physics', organization: 'University of Elmstead', location: null, start: '2011', end: '2015' },
  ],
};

function entry(role: string | null, organization: string | null, location: string | null, start: string | null, end: string | null): OutlineEntry {
  return { role, organization, location, dates: { text: `${start} – ${end}`, start, end }, line: null, bullets: 0 };
}

function recognised(experience: OutlineEntry[], education: OutlineEntry[]): Recognised {
  return {
    name: 'JANE DOE',
    contacts: [{ kind: 'email', text: 'jane@example.com', href: 'mailto:jane@example.com', line: 1 }],
    sections: [
      { title: 'Experience:', line: 3, entries: experience, blocks: 0 },
      { title: 'education', line: 9, entries: education, blocks: 0 },
    ],
  };
}

const score = suite('compare');

score('a perfect reading scores 100% on every measure and misses nothing', () => {
  const perfect = recognised(
    [entry('Staff Engineer', 'Acme GmbH', 'Berlin', '2019-04', 'present'), entry('Engineer', 'Initech', null, '2015', '2019')],
    [entry('B.Sc. Physics', 'University of Elmstead', null, '2011', '2015')],
  );
  const { tallies, misses } = compare(perfect, expected);
  assert.equal(misses, []);
  for (const [measure, tally] of Object.entries(tallies)) assert.is(percent(tally), 100, measure);
  assert.equal(tallies.entries, { right: 3, total: 3 });
});

score('counts a missing entry, a wrong date and swapped role and organisation', () => {
  const flawed = recognised(
    [entry('Acme GmbH', 'Staff Engineer', 'Berlin', '2019', 'present')],
    [entry('B.Sc. Physics', 'University of Elmstead', null, '2011', '2015')],
  );
  const { tallies, misses } = compare(flawed, expected);
  assert.equal(tallies.entries, { right: 2, total: 3 });
  assert.equal(tallies.start, { right: 1, total: 2 });
  assert.equal(tallies.end, { right: 2, total: 2 });
  assert.equal(tallies.role, { right: 1, total: 2 });
  assert.equal(tallies.organization, { right: 1, total: 2 });
  assert.equal(misses, [
    '"Staff Engineer @ Acme GmbH" role "Acme GmbH", want "Staff Engineer"',
    '"Staff Engineer @ Acme GmbH" organization "Staff Engineer", want "Acme GmbH"',
    '"Staff Engineer @ Acme GmbH" start "2019", want "2019-04"',
    'entry "Engineer @ Initech" missing',
  ]);
});

score('an entry only matches within its own section, and a missing e-mail is counted', () => {
  const misplaced: Recognised = { ...recognised([], [entry('Engineer', 'Initech', null, '2015', '2019')]), contacts: [] };
  const { tallies, misses } = compare(misplaced, expected);
  assert.equal(tallies.entries, { right: 0, total: 3 });
  assert.equal(tallies.email, { right: 0, total: 1 });
  assert.ok(misses.includes('email "jane@example.com" not among e-mail contacts'));
});

score('sums tallies over fixtures', () => {
  const one = compare(recognised([], []), expected).tallies;
  const sum = addTallies([one, one]);
  assert.equal(sum.sections, { right: 4, total: 4 });
  assert.equal(sum.entries, { right: 0, total: 6 });
  assert.is(percent(sum.role), null);
});

score.run();
