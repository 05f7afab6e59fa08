/** The theme's CSS with its design tokens as custom properties and the page box for print. */
import { PAPER_SIZES } from '../options.js';
import type { Paper } from '../../model/types.js';
import type { ColorRole, RuleToken, SectionRulePosition, Theme, ThemeTokens } from '../../theme/theme.js';

const SECTION_RULE_POSITIONS: readonly SectionRulePosition[] = ['under', 'beside', 'over'];

/** Custom properties from the tokens, the `@page` rule for `paper`, then the theme's own CSS. */
export function themeCss(theme: Theme, paper: Paper): string {
  const { page } = theme.tokens;
  const root = `:root{${Object.entries(customProperties(theme.tokens)).map(([name, value]) => `${name}:${value}`).join(';')}}`;
  const pageRule = `@page{size:${PAPER_SIZES[paper].css};margin:${page.marginTop}in ${page.marginRight}in ${page.marginBottom}in ${page.marginLeft}in}`;
  return `${root}\n${pageRule}\n${theme.css}`;
}

/**
 * Every token as a custom property that styles/base.css and a theme's theme.css read: sizes and
 * spacing in pt, letter-spacing in em, line heights unitless, a colour role as the palette's
 * property (`var(--color-accent)`, so a dark scheme that redefines the palette recolours it).
 * A rule is a width, colour and gap; no rule is a width of 0. Why widths per position for the
 * section title's rule: base.css draws all three places, and the position the tokens name is
 * the one with a width.
 */
export function customProperties(tokens: ThemeTokens): Record<string, string> {
  const { fonts, size, color, space, name, headline, masthead, sectionTitle, entryTitle, link, bullet, quote } = tokens;
  const role = (value: ColorRole) => `var(--color-${value})`;
  const sectionRule = sectionTitle.rule;
  return {
    // Why: the browser takes each character from the first family that has it, so scripts the body
    // family lacks come from the bundled fallbacks, never from a font of the machine.
    '--font-body': [fonts.body, ...fonts.fallbacks].map((font) => `'${font.family}'`).concat(fonts.body.fallback).join(', '),
    '--line-height': String(tokens.lineHeight),
    ...prefixed('--size-', size, 'pt'),
    ...prefixed('--color-', color, ''),
    ...prefixed('--space-', space, 'pt'),
    // The paper's margins, physical as the @page rule's: `--page-top`, `--page-right`….
    ...Object.fromEntries(Object.entries(tokens.page).map(([side, inches]) => [`--page-${side.replace('margin', '').toLowerCase()}`, `${inches}in`])),
    '--name-color': role(name.color),
    '--name-letter-spacing': `${name.letterSpacing}em`,
    '--name-line-height': String(name.lineHeight),
    '--headline-color': role(headline.color),
    '--headline-font-style': headline.fontStyle,
    ...rule('--masthead-rule', masthead.rule),
    '--photo-size': `${tokens.photo.size}pt`,
    '--photo-radius': `${tokens.photo.radius}pt`,
    '--photo-gap': `${tokens.photo.gap}pt`,
    '--section-title-color': role(sectionTitle.color),
    '--section-title-letter-spacing': `${sectionTitle.letterSpacing}em`,
    '--section-title-line-height': String(sectionTitle.lineHeight),
    '--section-title-rule-color': role(sectionRule?.color ?? 'rule'),
    ...Object.fromEntries(
      SECTION_RULE_POSITIONS.flatMap((position) => {
        const here = sectionRule?.position === position;
        return [
          [`--section-title-rule-${position}-width`, `${here ? sectionRule.width : 0}pt`],
          [`--section-title-rule-${position}-gap`, `${here ? sectionRule.gap : 0}pt`],
        ];
      }),
    ),
    '--entry-title-line-height': String(entryTitle.lineHeight),
    '--entry-title-organization-color': role(entryTitle.organizationColor),
    '--link-color': role(link.color),
    '--bullet-color': role(bullet.color),
    ...rule('--quote-rule', quote.rule),
  };

  function rule(prefix: string, token: RuleToken | null): Record<string, string> {
    return { [`${prefix}-width`]: `${token?.width ?? 0}pt`, [`${prefix}-color`]: role(token?.color ?? 'rule'), [`${prefix}-gap`]: `${token?.gap ?? 0}pt` };
  }
}

function prefixed(prefix: string, values: Record<string, number | string>, unit: string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}${kebab(key)}`, `${value}${unit}`]));
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
