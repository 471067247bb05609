import { Injectable } from '@nestjs/common';
import type { JobData } from './job';

export type JobHandler = (data: JobData) => Promise<void>;

/** Topic → handler. Feature modules register their handlers at start; the same map serves both drivers. */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();

  register(topic: string, handler: JobHandler): void {
    if (this.handlers.has(topic)) throw new Error(`A handler for "${topic}" is already registered`);
    this.handlers.set(topic, handler);
  }

  async run(topic: string, data: JobData): Promise<void> {
    const handler = this.handlers.get(topic);
    if (!handler) throw new Error(`No handler is registered for "${topic}"`);
    await handler(data);
  }
}
