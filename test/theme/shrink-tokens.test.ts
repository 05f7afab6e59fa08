/** Shrinking a theme's tokens towards its `fit` floors, the one measure the page fitting searches. */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { shrinkTokens } from '../../pipeline/theme/shrink-tokens.js';
import type { ThemeTokens } from '../../pipeline/theme/theme.js';

const STYLES = new URL('../../styles/', import.meta.url);
const THEMES = ['classic', 'modern', 'compact'].map((name) => ({ name, tokens: JSON.parse(readFileSync(new URL(`${name}/tokens.json`, STYLES), 'utf8')) as ThemeTokens }));

test('at 0 the theme is as designed', () => {
  for (const { tokens } of THEMES) assert.is(shrinkTokens(tokens, 0), tokens);
});

test('at 1 the body size and the margins reach the floors the theme declares', () => {
  for (const { name, tokens } of THEMES) {
    const floor = shrinkTokens(tokens, 1);
    assert.is(floor.size.body, tokens.fit.minBodySize, name);
    for (const [side, margin] of Object.entries(floor.page)) assert.is(margin, Math.min(tokens.fit.minMargin, tokens.page[side as keyof ThemeTokens['page']]), `${name} ${side}`);
    assert.ok(floor.lineHeight >= 1.15 && floor.lineHeight < tokens.lineHeight, name);
    assert.is(floor.space.beforeSection, tokens.space.beforeSection / 2, name);
    assert.is(floor.space.listIndent, tokens.space.listIndent, 'the list indent is structure and stays');
  }
});

test('every size is a whole number of half points, as Word sets them, and none grows as the look shrinks', () => {
  for (const { name, tokens } of THEMES) {
    let previous = tokens;
    for (let progress = 0.1; progress <= 1; progress += 0.1) {
      const shrunk = shrinkTokens(tokens, progress);
      for (const [key, size] of Object.entries(shrunk.size)) {
        assert.ok(Number.isInteger(size * 2) || progress === 0, `${name} ${key} ${size}`);
        assert.ok(size <= previous.size[key as keyof ThemeTokens['size']], `${name} ${key} grew at ${progress}`);
      }
      assert.ok(shrunk.page.marginTop <= previous.page.marginTop && shrunk.space.paragraph <= previous.space.paragraph, name);
      previous = shrunk;
    }
  }
});

test('the body never goes below its floor, whatever the rounding', () => {
  const tokens = { ...THEMES[0]!.tokens, size: { ...THEMES[0]!.tokens.size, body: 9.75 }, fit: { minBodySize: 9.5, minMargin: 0.4 } };
  for (let progress = 0; progress <= 1; progress += 0.05) assert.ok(shrinkTokens(tokens, progress).size.body >= 9.5, String(progress));
});

test.run();
