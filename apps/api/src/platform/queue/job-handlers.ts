import { Injectable } from '@nestjs/common';
import type { JobData } from './job';

export type JobHandler = (data: JobData) => Promise<void>;

/**
 * Topic → handler. Feature modules register their handlers at start; the same map serves both drivers.
 * An event nobody subscribes to yet is simply done: events describe what happened, not orders.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();

  register(topic: string, handler: JobHandler): void {
    if (this.handlers.has(topic)) throw new Error(`A handler for "${topic}" is already registered`);
    this.handlers.set(topic, handler);
  }

  async run(topic: string, data: JobData): Promise<void> {
    await this.handlers.get(topic)?.(data);
  }
}
