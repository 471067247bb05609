import { percentile, type Sample } from './load';

export const log = (text = '') => process.stdout.write(`${text}\n`);
export const fixed = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const percent = (ratio: number) => `${fixed(ratio * 100, 1)} %`;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface Summary {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
  cpuMicrosPerRequest: number;
}

/** Across rounds: median req/s, latency percentiles over every response, summed counts. */
export function summarise(label: string, samples: Sample[]): Summary {
  const latencies = new Float64Array(samples.reduce((n, s) => n + s.latenciesMs.length, 0));
  let offset = 0;
  for (const sample of samples) {
    latencies.set(sample.latenciesMs, offset);
    offset += sample.latenciesMs.length;
  }
  latencies.sort();
  const sum = (pick: (s: Sample) => number) => samples.reduce((n, s) => n + pick(s), 0);
  const requests = sum((s) => s.requests);
  return {
    label,
    requestsPerSecond: median(samples.map((s) => s.requestsPerSecond)),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors: sum((s) => s.errors),
    non2xx: sum((s) => s.non2xx),
    requests,
    cpuMicrosPerRequest: sum((s) => s.serverCpuMicros) / requests,
  };
}

/** A Markdown table: first column left-aligned, the others right-aligned. */
export function markdownTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${i === 0 ? '-' : ':'}`).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

export function table(rows: Summary[], throughputHeader = 'req/s (avg)'): string {
  const header = [
    'target',
    throughputHeader,
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    'requests',
    'server CPU µs/req',
  ];
  return markdownTable(
    header,
    rows.map((r) => [
      r.label,
      fixed(r.requestsPerSecond),
      fixed(r.p50Ms, 2),
      fixed(r.p99Ms, 2),
      String(r.errors),
      String(r.non2xx),
      fixed(r.requests),
      fixed(r.cpuMicrosPerRequest, 1),
    ]),
  );
}
