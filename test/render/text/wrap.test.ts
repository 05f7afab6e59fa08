import stringWidth from 'string-width';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { columns, wrap } from '../../../pipeline/render/text/wrap.js';

const test = suite('wrap');

test('counts a CJK character as two columns and a combining mark as none', () => {
  assert.is(columns('简历'), 4);
  assert.is(columns('e\u0301'), 1);
  assert.is(columns('abc'), 3);
});

test('wraps a long CJK paragraph by display width, losing and adding nothing', () => {
  const paragraph = '负责支付平台的后端开发，设计并实现了高可用的订单服务。'.repeat(6);
  const lines = wrap(paragraph, 40);
  assert.ok(lines.length >= 8, `${lines.length} lines`);
  for (const line of lines) assert.ok(stringWidth(line) <= 40, line);
  assert.is(lines.join(''), paragraph);
});

test('never starts a line with closing punctuation (UAX #14)', () => {
  const lines = wrap('今日は晴れです。明日は雨です。'.repeat(5), 16);
  assert.equal(lines.filter((line) => /^[。、」）]/u.test(line)), []);
});

test('breaks Latin text only at spaces, and leaves a long URL whole on its own line', () => {
  assert.equal(wrap('alpha beta gamma delta', 11), ['alpha beta', 'gamma delta']);
  const url = '<https://example.com/a/very/long/path/that/exceeds/the/width>';
  assert.equal(wrap(`see ${url} now`, 20), ['see', url, 'now']);
});

test('mixes spaced and unspaced words, keeping the spaces between words', () => {
  assert.equal(wrap('Go 和 Rust 开发', 80), ['Go 和 Rust 开发']);
});

test('keeps Korean words whole, breaking at the spaces Korean writes', () => {
  assert.equal(wrap('백엔드 개발자 김민준 입니다', 16), ['백엔드 개발자', '김민준 입니다']);
});

test.run();
