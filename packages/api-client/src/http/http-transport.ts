import { ProblemSchema } from '@interlude/contracts';
import type { z } from 'zod';
import { ApiError } from './api-error';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** Origin (and optional prefix) the API is served from; same origin when empty. */
  baseUrl?: string;
  /** Injected for tests and non-browser callers; the global `fetch` otherwise. */
  fetch?: FetchLike;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface ApiResponse {
  status: number;
  ok: boolean;
  body: unknown;
}

/** Sends requests under `/api` and turns transport failures into `ApiError`. */
export class HttpTransport {
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  url(path: string): string {
    return `${this.baseUrl}/api${path.startsWith('/') ? path : `/${path}`}`;
  }

  async send(path: string, { headers, ...init }: RequestOptions = {}): Promise<ApiResponse> {
    try {
      const response = await this.fetchImpl(this.url(path), {
        credentials: 'same-origin',
        ...init,
        headers: { accept: 'application/json, application/problem+json', ...headers },
      });
      return { status: response.status, ok: response.ok, body: await readBody(response) };
    } catch (error) {
      // A cancelled query is not a failure: let TanStack Query see the abort as it is.
      if (init.signal?.aborted) throw error;
      throw ApiError.network(error);
    }
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The error for a non-2xx answer: its problem body when it has one, its status otherwise. */
export function problemError(response: ApiResponse): ApiError {
  // The HTTP status is the truth: some bodies (e.g. /ready's) reuse `status` for their own field.
  const body = isRecord(response.body) ? { ...response.body, status: response.status } : response.body;
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return new ApiError('problem', parsed.data);
  return new ApiError('problem', {
    type: 'about:blank',
    title: 'The request failed',
    status: response.status,
    detail: `The server answered with status ${response.status}.`,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseBody<S extends z.ZodType>(schema: S, response: ApiResponse): z.infer<S> {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw ApiError.invalidResponse(response.status, issues.join('; '), parsed.error);
}
