/** Scores one corpus of recognition fixtures (`NN-slug.md` with `NN-slug.expected.json`) through the pipeline's own entry point. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadDocument } from '../../pipeline/load-document.js';
import { toOutline } from '../../pipeline/model/to-outline.js';
import { addTallies, compare, type Expected, type FixtureScore, type Recognised, type Tallies } from './compare.js';

/** The corpora: tuned on (`real-world`), then held out, the last two written blind. */
export const CORPORA = ['test/fixtures/real-world', 'test/fixtures/held-out', 'test/fixtures/held-out-2', 'test/fixtures/held-out-3'];

const NOTHING: Recognised = { name: null, contacts: [], sections: [] };

/** Each fixture's score, by name, and the corpus's totals. */
export async function scoreCorpus(dir: string): Promise<{ fixtures: Array<{ name: string; score: FixtureScore }>; total: Tallies }> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort();
  const fixtures: Array<{ name: string; score: FixtureScore }> = [];
  for (const file of files) fixtures.push({ name: basename(file, '.md'), score: await scoreFixture(join(dir, file)) });
  return { fixtures, total: addTallies(fixtures.map((fixture) => fixture.score.tallies)) };
}

/** Score one fixture; a document that fails to load counts as recognising nothing. */
async function scoreFixture(path: string): Promise<FixtureScore> {
  const expected = JSON.parse(readFileSync(path.replace(/\.md$/, '.expected.json'), 'utf8')) as Expected;
  const document = await loadDocument(path);
  const score = compare(document.ok ? toOutline(document.resume) : NOTHING, expected);
  if (!document.ok) score.misses.unshift('did not load');
  return score;
}
