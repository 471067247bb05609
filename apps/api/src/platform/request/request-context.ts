import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestInfo {
  requestId: string;
  ip: string;
}

/** Who is asking, for the audit log: set for every HTTP request by a Fastify hook. */
export const requestContext = new AsyncLocalStorage<RequestInfo>();

export const currentRequest = (): RequestInfo | undefined => requestContext.getStore();
