import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Client-side routes of the staff app (`/…`) and the portal (`/portal/…`) are answered with the app's
 * index.html, so a deep link or a refresh works; the app itself renders its not-found page.
 */
export class SpaFallback {
  private readonly pages: Array<{ prefix: string; html: string }> = [];

  constructor(apps: Array<{ prefix: string; dist?: string }>) {
    for (const app of apps) {
      const index = app.dist ? join(app.dist, 'index.html') : undefined;
      if (index && existsSync(index))
        this.pages.push({ prefix: app.prefix, html: readFileSync(index, 'utf8') });
    }
    this.pages.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/')) return false;
    if (!String(request.headers.accept ?? '').includes('text/html')) return false;
    const page = this.pages.find((p) => path === p.prefix.replace(/\/$/, '') || path.startsWith(p.prefix));
    if (!page) return false;
    reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache');
    reply.send(page.html);
    return true;
  }
}
