import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectedWords } from '../../pipeline/check/expected-words.js';
import { pointAt } from '../../pipeline/check/source-place.js';
import { modelOf } from '../helpers/render.js';

const test = suite('expectedWords');

const MARKDOWN = `# Zoë Ortiz

zoe@example.com · [Portfolio](https://zoe.example.com)

## Experience

### Staff Engineer — Fjord Robotics

*Jan 2021 – Present · Stockholm*

1. Led the office's offline-first effort.
2. [x] Shipped it.

**2014-2018, Field Researcher, Tromsø Institute**
`;

const words = () => expectedWords(modelOf('cv.md', MARKDOWN).resume, MARKDOWN);

test('reads the résumé as every format does: a heading entry’s place before its dates', () => {
  assert.equal(words().map((word) => word.text), [
    'Zoë', 'Ortiz', 'zoe@example.com', 'Portfolio', 'Experience',
    'Staff', 'Engineer', 'Fjord', 'Robotics', 'Stockholm', 'Jan', '2021', 'Present',
    'Led', 'the', 'office’s', 'offline', 'first', 'effort', 'Shipped', 'it',
    '2014', '2018', 'Field', 'Researcher', 'Tromsø', 'Institute',
  ]);
});

test('leaves out link targets, list numbers and task boxes, which are no words of the page', () => {
  const texts = words().map((word) => word.text);
  for (const absent of ['https://zoe.example.com', 'zoe.example.com', '1', '2', 'x']) assert.not.ok(texts.includes(absent), absent);
});

test('places each word where the Markdown writes it, curly quotes and all', () => {
  const at = (text: string) => {
    const word = words().find((each) => each.text === text)!;
    const point = pointAt(MARKDOWN, word.offset!);
    return `${point.line}:${point.column}`;
  };
  assert.is(at('Ortiz'), '1:7');
  assert.is(at('Portfolio'), '3:20');
  assert.is(at('Stockholm'), '9:23');
  assert.is(at('Present'), '9:13');
  assert.is(at('office’s'), '11:12');
  assert.is(at('Researcher'), '14:20');
});

test('a name from front matter is placed at its value', () => {
  const markdown = '---\nname: Zoë Ortiz\n---\nzoe@example.com\n\n## Experience\n\n**2014-2018, Field Researcher, Tromsø Institute**\n';
  const { resume } = modelOf('cv.md', markdown);
  const found = expectedWords(resume, markdown, { name: { line: 2, column: 7 } });
  assert.equal(found.slice(0, 2).map((word) => [word.text, pointAt(markdown, word.offset!).line]), [
    ['Zoë', 2],
    ['Ortiz', 2],
  ]);
});

test.run();
