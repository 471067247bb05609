export { createFakeApiClient } from './fake-api-client';
