/**
 * What processes a test left behind, seen only through what the test owns: a temporary folder
 * named on their command lines, or a process group the test itself started. Never a
 * machine-wide pattern, so other builds and browsers on the same machine do not matter.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Live (not zombie) processes whose command line names `path`, the test's own temporary folder. */
export function processesUsing(path: string): number[] {
  return liveProcesses().filter(({ cmdline }) => cmdline.includes(path)).map(({ pid }) => pid);
}

/** Live (not zombie) processes of the process group `group`. */
export function processesInGroup(group: number): number[] {
  return liveProcesses().filter(({ pgrp }) => pgrp === group).map(({ pid }) => pid);
}

/** Live (not zombie) children of `parent`. */
export function childrenOf(parent: number): Array<{ pid: number; cmdline: string }> {
  return liveProcesses().filter(({ ppid }) => ppid === parent);
}

/** Resolves true as soon as `check` holds, false once `timeoutMs` have passed without it. */
export async function eventually(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function liveProcesses(): Array<{ pid: number; ppid: number; pgrp: number; cmdline: string }> {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      // `pid (comm) state ppid pgrp …`; comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      if (state === 'Z') return [];
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return [{ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), cmdline }];
    } catch {
      return []; // gone meanwhile
    }
  });
}
