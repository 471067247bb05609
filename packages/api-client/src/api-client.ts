import { type Readiness, ReadinessSchema } from '@interlude/contracts';
import { type ApiClientOptions, HttpTransport, parseBody, problemError } from './http/http-transport';

export interface ApiClient {
  /** `GET /api/ready`: resolves with the readiness even when a dependency is down (503). */
  getReadiness(signal?: AbortSignal): Promise<Readiness>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const http = new HttpTransport(options);

  return {
    async getReadiness(signal) {
      const response = await http.send('/ready', { signal });
      if (response.ok) return parseBody(ReadinessSchema, response);
      // /ready answers 503 with a problem body that also carries the readiness fields.
      const readiness = response.status === 503 ? ReadinessSchema.safeParse(response.body) : undefined;
      if (readiness?.success) return readiness.data;
      throw problemError(response);
    },
  };
}
