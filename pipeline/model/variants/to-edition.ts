/**
 * mdast → the résumé AST of one edition: the master (everything), a declared variant, either of them
 * public. Tags are read and removed on the mdast, then the model runs, then the edition's overrides
 * and the public cut apply to the résumé AST.
 */
import type { Root, Yaml } from 'mdast';
import { VFile } from 'vfile';
import { fail } from '../../diagnostics.js';
import { bodyContacts } from '../body-contacts.js';
import { closestMatch } from '../closest-match.js';
import { readFrontMatter } from '../front-matter.js';
import { toResume } from '../to-resume.js';
import { UNKNOWN_VARIANT_OPTION } from './variant-option.js';
import type { Resume } from '../types.js';
import { leaveOutParagraphs } from './leave-out-paragraphs.js';
import { publicContacts, publicSections } from './public-contacts.js';
import type { VariantDeclaration } from './read-variants.js';
import { selectVariant } from './select-variant.js';
import type { Edition } from './variant-tag.js';

/** The master edition: everything, private content included. `resume build` without `--variant` or `--public`. */
export const MASTER: Edition = { variant: null, public: false };

/** Build the résumé AST of `edition` from `tree` (which loses the tags and what the edition leaves out); problems go to `file`. */
export function toEdition(tree: Root, file: VFile, edition: Edition = MASTER): Resume {
  const declared = declaredVariants(tree, file.path);
  const declaration = edition.variant === null ? null : resolveVariant(edition.variant, declared, file);
  const settings: Edition = { variant: declaration?.name ?? edition.variant, public: edition.public || declaration?.public === true };
  const marks = selectVariant(tree, file, settings, declared && declared.map((variant) => variant.name));
  const resume = toResume(tree, file);
  if (marks.length === 0 && settings.variant === null && !settings.public) return resume;
  const cut = overridden(leaveOutParagraphs(resume, marks, file), declaration);
  const contacts = settings.public ? publicContacts(cut.contacts) : cut.contacts;
  const sections = settings.public ? publicSections(cut.sections) : cut.sections;
  // Why again: the body's contacts were read before the cut, from blocks it may have left out.
  const found = bodyContacts(cut.summary, sections, contacts);
  return { ...cut, contacts, sections, bodyContacts: settings.public ? publicContacts(found) : found };
}

/** The variants front matter declares; null when its front matter has errors (reported by the model), so that names are not checked against it. */
export function declaredVariants(tree: Root, path: string | undefined): VariantDeclaration[] | null {
  // Why a scratch file: the model reads the front matter again and reports its problems once.
  const scratch = new VFile({ path });
  const data = readFrontMatter(tree.children.find((node): node is Yaml => node.type === 'yaml'), scratch);
  return scratch.messages.some((message) => message.fatal) ? null : (data.variants ?? []);
}

/** The declaration of the variant `name`; null (with an error on `file`) when front matter declares none by that name. */
function resolveVariant(name: string, declared: VariantDeclaration[] | null, file: VFile): VariantDeclaration | null {
  if (declared === null) return null;
  const found = declared.find((variant) => variant.name === name.toLowerCase());
  if (found) return found;
  if (declared.length === 0) {
    fail(file, `\`--variant ${name}\`: this résumé declares no variants; declare them in front matter, such as \`variants: [${name}]\``, { line: 1, column: 1 }, UNKNOWN_VARIANT_OPTION);
  } else {
    const near = closestMatch(name, declared.map((variant) => variant.name));
    const names = declared.map((variant) => `\`${variant.name}\``).join(', ');
    fail(file, `Unknown variant \`${name}\` for \`--variant\`: ${near ? `did you mean \`${near}\`? Expected` : 'expected'} one of the variants front matter declares: ${names}`, declared[0]!.place, UNKNOWN_VARIANT_OPTION);
  }
  return null;
}

/** `resume` with the headline and options `declaration` overrides. */
function overridden(resume: Resume, declaration: VariantDeclaration | null): Resume {
  if (!declaration) return resume;
  const { headline, pages, theme, paper, places } = declaration;
  return {
    ...resume,
    headline: headline === null ? resume.headline : [{ type: 'text', value: headline }],
    meta: { ...resume.meta, pages: pages ?? resume.meta.pages, theme: theme ?? resume.meta.theme, paper: paper ?? resume.meta.paper },
    metaPlaces: { ...resume.metaPlaces, ...(pages === null ? {} : { pages: places.pages }), ...(theme === null ? {} : { theme: places.theme }), ...(paper === null ? {} : { paper: places.paper }) },
  };
}
