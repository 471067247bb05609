/** What a queued job carries: the clinic and ids only, never clinical data (it passes through Redis). */
export interface JobData {
  clinicId: string;
  eventId: string;
  ids: Record<string, string>;
}

export interface QueuedJob {
  topic: string;
  data: JobData;
}

const ID_VALUE = /^[A-Za-z0-9_-]{1,64}$/;

/** Refuses anything but identifiers in an outbox payload, so free text can never reach the queue. */
export function assertIdsOnly(ids: Record<string, string>): void {
  for (const [key, value] of Object.entries(ids)) {
    if (!ID_VALUE.test(key) || typeof value !== 'string' || !ID_VALUE.test(value)) {
      throw new Error(`Outbox payload field "${key}" must be an identifier`);
    }
  }
}
