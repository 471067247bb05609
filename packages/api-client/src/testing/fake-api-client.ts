import type { ApiClient } from '../api-client';

/**
 * An `ApiClient` for component tests: the methods given, and every other one rejecting with
 * "Unexpected API call: <name>", so a screen that calls something the test did not expect fails loudly.
 */
export function createFakeApiClient(methods: Partial<ApiClient> = {}): ApiClient {
  return new Proxy(methods, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property === 'then') return Reflect.get(target, property, receiver);
      if (property in target) return Reflect.get(target, property, receiver);
      return () => Promise.reject(new Error(`Unexpected API call: ${property}`));
    },
  }) as ApiClient;
}
