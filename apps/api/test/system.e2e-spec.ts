import { startTestApp, type TestApp } from './support/app';

describe('system routes and errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers readiness when PostgreSQL and Redis are reachable', async () => {
    const res = await fetch(`${t.baseUrl}/api/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ready',
      mode: 'standard',
      checks: { database: 'up', queue: 'up' },
    });
  });

  it('serves an OpenAPI 3.1 document built from the contracts, and a browsable UI', async () => {
    const res = await fetch(`${t.baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(doc.paths['/api/ready'].get).toBeDefined();
    expect(doc.components.schemas.ReadinessDto_Output.properties.checks).toBeDefined();
    const ui = await fetch(`${t.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('<html');
  });

  it('answers an unknown API route with a problem-details 404', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ status: 404, title: 'Not Found' });
    expect(body.detail).toContain('/api/v1/nothing-here');
  });

  it('sends security headers on every response', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('keeps the caller request id when it is a plain token', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/nothing-here`, {
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
    expect(((await res.json()) as any).requestId).toBe('trace-12345678');
  });
});
