/** A theme's rule token as a Word paragraph border. */
import { BorderStyle, type IBorderOptions } from 'docx';
import type { RuleToken, ThemeTokens } from '../../theme/theme.js';
import { hex } from './page.js';

/** `rule` as a border: Word's width is in eighths of a point, its space (the gap to the text) in whole points. */
export function ruleBorder(rule: RuleToken, tokens: ThemeTokens): IBorderOptions {
  return { style: BorderStyle.SINGLE, size: Math.round(rule.width * 8), color: hex(tokens.color[rule.color]), space: Math.round(rule.gap) };
}
