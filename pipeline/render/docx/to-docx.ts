/** Résumé AST → DOCX with the docx library: Word styles, native lists and links, embedded fonts, reproducible bytes. */
import { CharacterSet, Document, Packer, PageOrientation } from 'docx';
import type { VFile } from 'vfile';
import { hyphenates, isRightToLeft } from '../../model/language.js';
import type { Resume } from '../../model/types.js';
import { documentInfo } from '../document-info.js';
import { documentText } from '../document-text.js';
import type { RenderOptions } from '../options.js';
import { embeddedFaces } from './fonts.js';
import { handlers } from './handlers.js';
import { toWordImages } from './image.js';
import { makeReproducible, STAND_INS } from './make-reproducible.js';
import { numberingOptions } from './numbering.js';
import { pageLayout } from './page.js';
import { createState, ROOT_SCOPE } from './state.js';
import { styleTable } from './styles.js';

/** Render `resume` as a .docx; nodes it cannot handle become warnings on `file`, their text still written. */
export async function toDocx(source: Resume, options: RenderOptions, file: VFile): Promise<Uint8Array> {
  // Word cannot hold WebP: each becomes a PNG first.
  const resume = await toWordImages(source);
  const { tokens } = options.theme;
  const info = documentInfo(resume);
  const layout = pageLayout(options.paper, tokens);
  const state = createState({ file, tokens, layout, sectionDepth: resume.sections[0]?.depth ?? 2, rightToLeft: isRightToLeft(info.lang) }, handlers);
  const author = info.author ?? options.generator;
  const faces = await embeddedFaces(options.theme, documentText(resume));
  const document = new Document({
    title: info.title,
    creator: author,
    lastModifiedBy: author,
    subject: info.subject ?? '',
    keywords: info.keywords.join(', '),
    description: info.description ?? '',
    styles: styleTable(tokens, layout, info.lang),
    numbering: numberingOptions(tokens),
    // The faces go in when the package is made reproducible; see STAND_INS.
    fonts: [{ name: tokens.fonts.body.family, ...STAND_INS, characterSet: CharacterSet.ANSI }],
    theme: { fonts: { headings: tokens.fonts.body.family, body: tokens.fonts.body.family } },
    // Word and LibreOffice break words at line ends with their dictionary of each run's `w:lang`, as the HTML's `hyphens: auto`.
    ...(hyphenates(info.lang) ? { hyphenation: { autoHyphenation: true } } : {}),
    sections: [
      {
        properties: { page: { size: { ...layout.size, orientation: PageOrientation.PORTRAIT }, margin: layout.margin } },
        children: state.blocks([resume], ROOT_SCOPE),
      },
    ],
  });
  return makeReproducible(await Packer.toBuffer(document), options.date, faces, info.lang);
}
