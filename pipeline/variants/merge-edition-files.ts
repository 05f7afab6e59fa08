/** One report for the editions of one input: each message once, naming the editions it belongs to when not all. */
import { VFile } from 'vfile';
import type { Edition } from '../model/variants/variant-tag.js';

type VFileMessage = VFile['messages'][number];

/**
 * The messages of `files` (one per edition of the same input, in the order of `editions`) on one file,
 * each once; a message only some editions have says which (`(variant \`academic\`)`).
 */
export function mergeEditionFiles(files: readonly VFile[], editions: readonly Edition[]): VFile {
  if (files.length === 1) return files[0]!;
  const merged = new VFile({ path: files[0]!.path, value: files[0]!.value });
  const seen = new Map<string, { message: VFileMessage; editions: Edition[] }>();
  files.forEach((file, index) => {
    for (const message of file.messages) {
      const key = [message.line, message.column, message.ruleId, message.fatal, message.reason].join('\u0000');
      const entry = seen.get(key) ?? { message, editions: [] };
      entry.editions.push(editions[index]!);
      seen.set(key, entry);
    }
  });
  for (const { message, editions: found } of seen.values()) {
    const copy: VFileMessage = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message);
    if (found.length < files.length) copy.reason = copy.message = `${message.reason} (${editionNames(found)})`;
    merged.messages.push(copy);
  }
  merged.data = { ...files[0]!.data };
  return merged;
}

/** `variant \`academic\``, `variants \`academic\`, \`industry\``, `the master`. */
function editionNames(editions: readonly Edition[]): string {
  const named = editions.filter((edition) => edition.variant !== null).map((edition) => `\`${edition.variant}\``);
  const parts = [...(editions.some((edition) => edition.variant === null) ? ['the master'] : []), ...(named.length > 0 ? [`${named.length > 1 ? 'variants' : 'variant'} ${named.join(', ')}`] : [])];
  return `in ${parts.join(' and ')}`;
}
