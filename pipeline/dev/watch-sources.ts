/** Watches the Markdown file and the themes folder, and reports each burst of changes once. */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UserError } from '../diagnostics.js';

/** What to watch and how long a burst of events may last. */
export interface WatchOptions {
  /** The Markdown file. Why its folder is watched: editors save by writing a new file and renaming it over the old one. */
  file: string;
  /** The themes folder, watched with its subfolders. */
  stylesDir: string;
  /** Quiet time that ends a burst of events, in ms. */
  debounceMs: number;
  onError: (error: Error) => void;
}

/** What changed in one burst. */
export interface SourceChange {
  input: boolean;
  styles: boolean;
  /** `performance.now()` at the first event of the burst: about when the file was saved. */
  at: number;
}

/** A running watch. */
export interface SourceWatcher {
  /** Stop watching; no change is reported after this. */
  close(): void;
}

/** Call `onChange` once per burst of file system events on the sources; throws a UserError when a folder cannot be watched. */
export function watchSources(options: WatchOptions, onChange: (change: SourceChange) => void): SourceWatcher {
  const name = basename(options.file);
  let burst: SourceChange | null = null;
  let timer: NodeJS.Timeout | undefined;
  const note = (kind: 'input' | 'styles') => {
    burst ??= { input: false, styles: false, at: performance.now() };
    burst[kind] = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const change = burst!;
      burst = null;
      onChange(change);
    }, options.debounceMs);
  };
  const watchers: FSWatcher[] = [];
  const folder = dirname(resolve(options.file));
  try {
    watchers.push(watch(folder, (_, changed) => (changed === null || changed === name) && note('input')));
    watchers.push(watch(options.stylesDir, { recursive: true }, () => note('styles')));
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    const path = watchers.length === 0 ? folder : options.stylesDir;
    throw new UserError(`Cannot watch \`${path}\` for changes (${(error as NodeJS.ErrnoException).code ?? String(error)}): expected an existing folder`);
  }
  for (const watcher of watchers) watcher.on('error', options.onError);
  return {
    close() {
      clearTimeout(timer);
      burst = null;
      for (const watcher of watchers) watcher.close();
    },
  };
}
