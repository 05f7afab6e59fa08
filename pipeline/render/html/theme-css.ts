/** The theme's CSS with its design tokens as custom properties and the page box for print. */
import { PAPER_SIZES } from '../options.js';
import type { Paper } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';

/** Custom properties from the tokens, the `@page` rule for `paper`, then the theme's own CSS. */
export function themeCss(theme: Theme, paper: Paper): string {
  const { fonts, size, color, space, page, lineHeight } = theme.tokens;
  const properties: Record<string, string> = {
    // Why: the browser takes each character from the first family that has it, so scripts the body
    // family lacks come from the bundled fallbacks, never from a font of the machine.
    '--font-body': [fonts.body, ...fonts.fallbacks].map((font) => `'${font.family}'`).concat(fonts.body.fallback).join(', '),
    '--line-height': String(lineHeight),
    ...prefixed('--size-', size, 'pt'),
    ...prefixed('--color-', color, ''),
    ...prefixed('--space-', space, 'pt'),
  };

  const root = `:root{${Object.entries(properties).map(([name, value]) => `${name}:${value}`).join(';')}}`;
  const pageRule = `@page{size:${PAPER_SIZES[paper].css};margin:${page.marginTop}in ${page.marginRight}in ${page.marginBottom}in ${page.marginLeft}in}`;
  return `${root}\n${pageRule}\n${theme.css}`;
}

function prefixed(prefix: string, values: Record<string, number | string>, unit: string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}${kebab(key)}`, `${value}${unit}`]));
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
