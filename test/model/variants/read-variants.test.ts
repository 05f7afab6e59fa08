import type { Yaml } from 'mdast';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { readFrontMatter } from '../../../pipeline/model/front-matter.js';
import { parse } from '../../../pipeline/parse.js';

/** Front matter `variants:` of `yaml`, and the messages about it. */
function read(yaml: string) {
  const file = new VFile({ path: 'cv.md', value: `---\n${yaml}\n---\n# Dana\n` });
  const data = readFrontMatter(parse(file).children.find((node): node is Yaml => node.type === 'yaml'), file);
  const messages = file.messages.map((message) => `${message.line}:${message.column}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`);
  return { variants: data.variants?.map(({ name, headline, pages, theme, paper, public: isPublic }) => ({ name, headline, pages, theme, paper, public: isPublic })), messages };
}

const test = suite('front matter variants');

const plain = (name: string) => ({ name, headline: null, pages: null, theme: null, paper: null, public: false });

test('reads a list of names, or a comma-separated string, in lower case', () => {
  assert.equal(read('variants: [academic, Industry]'), { variants: [plain('academic'), plain('industry')], messages: [] });
  assert.equal(read('variants: academic, industry').variants, [plain('academic'), plain('industry')]);
});

test('reads a mapping of names to overrides; an empty one overrides nothing', () => {
  const { variants, messages } = read('variants:\n  academic:\n    headline: Researcher\n    pages: 2\n    theme: modern\n    paper: A4\n  web: { public: true }\n  industry:');
  assert.equal(messages, []);
  assert.equal(variants, [
    { name: 'academic', headline: 'Researcher', pages: 2, theme: 'modern', paper: 'a4', public: false },
    { ...plain('web'), public: true },
    plain('industry'),
  ]);
});

test('reports bad names, bad values and unknown keys at their places', () => {
  const { variants, messages } = read('variants:\n  academic: { pages: 0, pubilc: true, public: yes }\n  all:\n  two words:\n  Academic:');
  assert.equal(messages, [
    '3:22: error: Front matter `pages` must be a whole number from 1, such as `pages: 2`, not the number `0`',
    '3:25: error: Unknown key `pubilc` in the variant `academic`: did you mean `public`? expected `headline`, `pages`, `theme`, `paper`, `public`',
    '3:47: error: A variant\'s `public` must be `true` or `false`, not the string `yes`',
    '4:3: error: `all` cannot name a variant: `--variant all` builds every variant; choose another name',
    '5:3: error: A variant name is a word of letters, digits and hyphens, such as `academic`, not `two words`',
    '6:3: error: The variant `academic` is declared twice; remove one',
  ]);
  assert.equal(variants?.map((variant) => variant.name), ['academic']);
});

test('refuses a value that is neither a list nor a mapping', () => {
  assert.equal(read('variants: 3').messages, ['2:11: error: Front matter `variants` must list names, such as `variants: [academic, industry]`, or map each name to its overrides, not the number `3`']);
});

test.run();
