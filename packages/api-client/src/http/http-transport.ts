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

/** Values of a query string; `undefined` and empty strings are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON with `content-type: application/json`; no body (and no content type) when absent. */
  json?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
}

export interface ApiResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  body: unknown;
}

/**
 * The API refuses a state-changing request authenticated by the session cookie without this header:
 * a cross-site form or image cannot send a custom header, so its presence proves the request is ours.
 */
export const CSRF_HEADER = 'X-Interlude-Csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sends requests under `/api` and turns transport failures into `ApiError`. */
export class HttpTransport {
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  url(path: string, query?: QueryParams): string {
    const search = query ? toSearch(query) : '';
    return `${this.baseUrl}/api${path.startsWith('/') ? path : `/${path}`}${search}`;
  }

  async send(
    path: string,
    { method = 'GET', headers, json, query, signal }: RequestOptions = {},
  ): Promise<ApiResponse> {
    const upper = method.toUpperCase();
    const finalHeaders: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(SAFE_METHODS.has(upper) ? {} : { [CSRF_HEADER]: '1' }),
      ...headers,
    };
    try {
      const response = await this.fetchImpl(this.url(path, query), {
        method: upper,
        // The session cookie goes with same-origin requests only.
        credentials: 'same-origin',
        headers: finalHeaders,
        body: json === undefined ? undefined : JSON.stringify(json),
        signal,
      });
      return {
        status: response.status,
        ok: response.ok,
        headers: response.headers,
        body: await readBody(response),
      };
    } catch (error) {
      // A cancelled query is not a failure: let TanStack Query see the abort as it is.
      if (signal?.aborted) throw error;
      throw ApiError.network(error);
    }
  }

  /** Sends the request and parses a 2xx body with `schema`; any other status throws its problem. */
  async json<S extends z.ZodType>(schema: S, path: string, options?: RequestOptions): Promise<z.infer<S>> {
    const response = await this.send(path, options);
    if (!response.ok) throw problemError(response);
    return parseBody(schema, response);
  }

  /** Sends the request and expects a 2xx answer whose body (if any) does not matter (204, 202). */
  async empty(path: string, options?: RequestOptions): Promise<void> {
    const response = await this.send(path, options);
    if (!response.ok) throw problemError(response);
  }
}

function toSearch(query: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
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
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  // The HTTP status is the truth: some bodies (e.g. /ready's) reuse `status` for their own field.
  const body = isRecord(response.body) ? { ...response.body, status: response.status } : response.body;
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) {
    const code = isRecord(body) && typeof body.code === 'string' ? body.code : undefined;
    return new ApiError('problem', { ...parsed.data, code }, { retryAfterSeconds });
  }
  return new ApiError(
    'problem',
    {
      type: 'about:blank',
      title: 'The request failed',
      status: response.status,
      detail: `The server answered with status ${response.status}.`,
    },
    { retryAfterSeconds },
  );
}

/** `Retry-After` in seconds (delta form) or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseBody<S extends z.ZodType>(schema: S, response: ApiResponse): z.infer<S> {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw ApiError.invalidResponse(response.status, issues.join('; '), parsed.error);
}
