// Runs a command and samples the resident memory of its whole process tree (the Node process,
// Pagefind's service binaries, indexing workers) from /proc, so "peak memory" means every
// process the build started, not just the first. Linux only, as the bench machine is.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Highest sum of resident memory over the process tree, in bytes, at 200 ms sampling. */
  peakBytes: number;
  status: number | null;
  /** The command was stopped because the tree passed `capBytes`. */
  capped: boolean;
  output: string;
}

const PAGE = 4096;

/** Parent of every live process, read once per sample. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return children;
}

/** Resident bytes of `pid` and all its descendants. */
export function treeRss(pid: number): number {
  const children = parents();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Ended.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs `command` (argv) in `cwd`, timing it and sampling its tree's memory; stops it past `capBytes`. */
export function measure(command: string[], cwd: string, env: Record<string, string> = {}, capBytes = Infinity): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, detached: true });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peakBytes = 0;
  let capped = false;
  const timer = setInterval(() => {
    const rss = treeRss(child.pid!);
    peakBytes = Math.max(peakBytes, rss);
    if (rss > capBytes && !capped) {
      capped = true;
      process.kill(-child.pid!, 'SIGKILL');
    }
  }, 200);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, status, capped, output });
    });
  });
}

export const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
