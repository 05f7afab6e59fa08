/** Rewrites Chrome's PDF with pdf-lib: metadata, language and reproducible bytes. */
import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import type { DocumentInfo } from '../document-info.js';

export interface FinalizeOptions {
  info: DocumentInfo;
  creator: string;
  /** Creation and modification date; null removes them. */
  date: Date | null;
  /** The document that was printed (its HTML), from which the file identifier is derived. */
  source: string;
}

/**
 * Set Title, Author, Subject, Keywords, Creator, Producer, dates, /Lang and a content-derived /ID.
 * Tags, outline and links survive: pdf-lib rewrites objects it does not understand as they are.
 */
export async function finalizePdf(bytes: Uint8Array, options: FinalizeOptions): Promise<Uint8Array> {
  const { info, creator, date } = options;
  // Why the speeds: by default pdf-lib waits a timer tick every 100 objects read and 50 written,
  // ~15 ms per résumé spent waiting; its work here takes ~10 ms.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  renumberNodeIds(doc);
  restoreLinkTargets(doc, info.links);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  if (info.keywords.length > 0) doc.setKeywords(info.keywords);
  doc.setCreator(creator);
  doc.setProducer(`${creator} (Chromium, pdf-lib)`);
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  } else {
    const infoDict = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    infoDict.delete(PDFName.of('CreationDate'));
    infoDict.delete(PDFName.of('ModDate'));
  }
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(info.lang));
  // Why: Chrome writes a random /ID; one derived from what was printed keeps builds byte-identical.
  const id = PDFHexString.of(createHash('sha256').update(options.source).update(JSON.stringify({ info, date })).digest('hex').slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false, addDefaultPage: false, objectsPerTick: Infinity });
}

/**
 * Chrome writes each link's parsed URL (`https://iron.io` becomes `https://iron.io/`); put back
 * the target exactly as the résumé wrote it.
 */
function restoreLinkTargets(doc: PDFDocument, targets: string[]): void {
  const written = new Map(targets.map((target) => [parsedUrl(target), target]));
  for (const page of doc.getPages()) {
    for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const action = doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.get(PDFName.of('URI'));
      if (!(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
      const original = written.get(uri.decodeText());
      if (original) action!.set(PDFName.of('URI'), PDFString.of(original));
    }
  }
}

function parsedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * Chrome names some structure elements (table headers) `node<DOM id>`, and DOM ids vary from run
 * to run. Renumber them in sorted order, which keeps the /IDTree valid.
 */
function renumberNodeIds(doc: PDFDocument): void {
  const isNodeId = (value: PDFObject) => (value instanceof PDFString || value instanceof PDFHexString) && /^node\d+$/.test(value.decodeText());
  const containers = doc.context.enumerateIndirectObjects().map(([, object]) => object).filter((object) => object instanceof PDFDict || object instanceof PDFArray);
  const found = new Set<string>();
  const walk = (object: PDFObject, replace: (value: PDFObject) => PDFObject | undefined) => {
    if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const next = replace(value);
        if (next) object.set(key, next);
        else walk(value, replace);
      }
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const value = object.get(i);
        const next = replace(value);
        if (next) object.set(i, next);
        else walk(value, replace);
      }
    }
  };
  for (const object of containers) walk(object, (value) => void (isNodeId(value) && found.add((value as PDFString).decodeText())));
  if (found.size === 0) return;
  const renamed = new Map([...found].sort().map((id, index) => [id, `id${String(index + 1).padStart(6, '0')}`]));
  for (const object of containers) walk(object, (value) => (isNodeId(value) ? PDFString.of(renamed.get((value as PDFString).decodeText())!) : undefined));
}
