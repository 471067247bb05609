import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let microsPerTick = 10_000;
try {
  microsPerTick = 1e6 / (Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100);
} catch {
  // Linux's usual USER_HZ (100).
}

/** utime, stime, cutime, cstime of a process in microseconds; null when it is gone or not on Linux. */
function stat(pid: number): { own: number; children: number; comm: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      comm,
      own: (Number(f[11]) + Number(f[12])) * microsPerTick,
      children: (Number(f[13]) + Number(f[14])) * microsPerTick,
    };
  } catch {
    return null;
  }
}

/** CPU time a process has used so far (user + system), microseconds; 0 when it is gone. */
export const processCpu = (pid: number): number => stat(pid)?.own ?? 0;

/**
 * CPU time so far of every local process whose command name matches: their own time plus the time
 * of children they have reaped (so PostgreSQL backends that ended still count, through the
 * postmaster). Covers every database on the server, not only the bench's.
 */
export function commandCpu(match: RegExp): number {
  let total = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    const s = stat(Number(pid));
    if (s && match.test(s.comm)) total += s.own + s.children;
  }
  return total;
}

/** CPU time of the services the bench depends on, for "where did the time go" per message. */
export function servicesCpu(): { postgres: number; redis: number } {
  return { postgres: commandCpu(/^postgres$/), redis: commandCpu(/^redis-server$/) };
}
