import autocannon from 'autocannon';
import type { ChildServer } from './child-server';

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  pipelining: number;
}

/** One measured run against one server. */
export interface Sample {
  requestsPerSecond: number;
  requests: number;
  /** Latencies of the 2xx responses, in milliseconds, sorted. */
  latenciesMs: Float64Array;
  errors: number;
  non2xx: number;
  /** Server process CPU time (user + system) spent during the run, in microseconds. */
  serverCpuMicros: number;
}

/**
 * Path and headers of the k-th request of a run, k counting across all connections: e.g. each
 * request with the next of many sessions, so concurrent requests are from different people.
 */
export type RequestPlan = (k: number) => { path: string; headers: Record<string, string> };

function fire(
  url: string,
  settings: LoadSettings,
  seconds: number,
  latencies?: number[],
  plan?: RequestPlan,
): Promise<autocannon.Result> {
  let k = 0;
  const requests: autocannon.Request[] | undefined = plan && [
    {
      method: 'GET',
      setupRequest: (request) => {
        const next = plan(k++);
        return { ...request, path: next.path, headers: { ...request.headers, ...next.headers } };
      },
    },
  ];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'GET',
        connections: settings.connections,
        pipelining: settings.pipelining,
        duration: seconds,
        ...(requests ? { requests } : {}),
      },
      (error: unknown, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon's own histogram keeps whole milliseconds; the raw durations keep sub-millisecond detail.
    if (latencies) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      });
    }
  });
}

/** Checks the route answers 200 with the expected body before any load is measured against it. */
export async function expectHealthy(url: string): Promise<void> {
  const response = await fetch(url);
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"status":"ok"')) {
    throw new Error(`${url} answered ${response.status} ${body.slice(0, 200)}`);
  }
}

export async function warmUp(url: string, settings: LoadSettings, plan?: RequestPlan): Promise<void> {
  if (settings.warmupSeconds > 0) await fire(url, settings, settings.warmupSeconds, undefined, plan);
}

export async function measure(
  server: ChildServer,
  url: string,
  settings: LoadSettings,
  plan?: RequestPlan,
): Promise<Sample> {
  const latencies: number[] = [];
  const cpuBefore = await server.cpuMicros();
  const result = await fire(url, settings, settings.durationSeconds, latencies, plan);
  const cpuAfter = await server.cpuMicros();
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latenciesMs: Float64Array.from(latencies).sort(),
    errors: result.errors, // connection errors, timeouts included
    non2xx: result.non2xx,
    serverCpuMicros: cpuAfter - cpuBefore,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
