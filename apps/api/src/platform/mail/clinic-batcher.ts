interface Waiting<T> {
  id: string;
  resolve: (value: T | undefined) => void;
  reject: (error: unknown) => void;
}

/** At most this many ids in one statement. */
const MAX_BATCH = 200;

/**
 * Group commit for one clinic's rows: requests that arrive while a statement for that clinic is
 * running (or in the same turn of the event loop) go together into the next one, so a burst of
 * deliveries costs a few transactions instead of one each, and a lone request waits for nothing but
 * the next turn. Each caller gets its own row's result only after the statement that covered it has
 * committed; when it fails, every caller in that batch gets the error (and its job is retried).
 */
export class ClinicBatcher<T> {
  private readonly waiting = new Map<string, Waiting<T>[]>();
  private readonly busy = new Set<string>();

  constructor(private readonly run: (clinicId: string, ids: string[]) => Promise<Map<string, T>>) {}

  /** Resolves with the row's result (undefined when the statement returned nothing for it). */
  request(clinicId: string, id: string): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve, reject) => {
      const queue = this.waiting.get(clinicId);
      if (queue) queue.push({ id, resolve, reject });
      else this.waiting.set(clinicId, [{ id, resolve, reject }]);
      if (!this.busy.has(clinicId)) {
        this.busy.add(clinicId);
        setImmediate(() => void this.drain(clinicId));
      }
    });
  }

  private async drain(clinicId: string): Promise<void> {
    try {
      for (;;) {
        const queue = this.waiting.get(clinicId);
        if (!queue || queue.length === 0) return;
        const batch = queue.splice(0, MAX_BATCH);
        if (queue.length === 0) this.waiting.delete(clinicId);
        try {
          const results = await this.run(
            clinicId,
            batch.map((w) => w.id),
          );
          for (const w of batch) w.resolve(results.get(w.id));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.busy.delete(clinicId);
    }
  }
}
