import { existsSync, readdirSync, readFileSync } from 'node:fs';

/*
 * SIGKILL to whole process groups, as a crash or a power cut ends a program: no unload, no flush, no goodbye.
 * Used by the durability kill test (one Chromium) and by the desktop specs that kill a Sitrep (the stand-in's
 * main, a Node process, and the Chromium it started, which Playwright puts in a group of its own).
 */

interface ProcStat {
  pid: number;
  ppid: number;
  pgid: number;
  zombie: boolean;
}

/** Every process as /proc shows it; empty where there is no /proc (then callers fall back to kill(0)). */
function processes(): ProcStat[] {
  if (!existsSync('/proc/self/stat')) return [];
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command (2nd field) may hold spaces and parentheses: the fields after its last ")" are fixed.
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(ppid), pgid: Number(pgid), zombie: state === 'Z' });
    } catch {
      // It ended while we looked.
    }
  }
  return out;
}

/** The process groups of `pid` and of everything it started (children that made groups of their own too). */
export function groupsUnder(pid: number): number[] {
  const all = processes();
  const groups = new Set<number>([pid]);
  const seen = new Set<number>([pid]);
  let frontier = [pid];
  while (frontier.length > 0) {
    const children = all.filter((p) => frontier.includes(p.ppid) && !seen.has(p.pid));
    for (const child of children) {
      seen.add(child.pid);
      groups.add(child.pgid);
    }
    frontier = children.map((c) => c.pid);
  }
  const own = all.find((p) => p.pid === pid);
  if (own) groups.add(own.pgid);
  return [...groups];
}

/** Whether a group still has a process that is not a zombie (a zombie holds no file, no lock, no socket). */
function alive(pgid: number): boolean {
  const all = processes();
  if (all.length > 0) return all.some((p) => p.pgid === pgid && !p.zombie);
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function kill(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // ESRCH: no process left in the group
  }
}

/**
 * SIGKILLs every group and resolves once no live process is left in any: a storage process still finishing an
 * fsync outlives the browser process by a moment, and a browser started on the profile meanwhile finds the
 * database locked (Chromium then deletes it as unreadable; the app's single-instance lock has the same effect).
 */
export async function killGroups(groups: readonly number[]): Promise<void> {
  for (const g of groups) kill(g);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const left = groups.filter(alive);
    if (left.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Process groups ${left.join(', ')} outlived SIGKILL by 15 s.`);
    for (const g of left) kill(g);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
