import { STARTER_PROGRAMS, STARTER_TEMPLATES } from '@interlude/domain';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

/**
 * Copies the starter library (one template of each kind, PHQ-9 and GAD-7, and the ready-made
 * programs) into a clinic, inside the transaction that creates it. The copies belong to the clinic:
 * its clinicians may edit them (each edit a new version) or archive them. Running it twice adds
 * nothing (the starter keys are unique per clinic).
 */
export async function copyStarterLibrary(m: EntityManager, clinicId: string, now: Date): Promise<void> {
  const ids = new Map<string, string>();
  for (const t of STARTER_TEMPLATES) {
    const id = uuidv7();
    const [inserted] = await m.query(
      `INSERT INTO templates (clinic_id, id, kind, measure, source, starter_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'library', $5, $6, $6)
       ON CONFLICT (clinic_id, starter_key) DO NOTHING RETURNING id`,
      [clinicId, id, t.kind, t.measure, t.starterKey, now],
    );
    if (!inserted) continue;
    ids.set(t.starterKey, id);
    await m.query(
      `INSERT INTO template_versions (clinic_id, template_id, version, title, instructions, fields, created_at)
       VALUES ($1, $2, 1, $3, $4, $5, $6)`,
      [clinicId, id, t.title, t.instructions, JSON.stringify(t.fields), now],
    );
  }
  for (const p of STARTER_PROGRAMS) {
    if (!p.steps.every((s) => ids.has(s.templateKey))) continue;
    const id = uuidv7();
    const [inserted] = await m.query(
      `INSERT INTO programs (clinic_id, id, name, description, source, starter_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'library', $5, $6, $6)
       ON CONFLICT (clinic_id, starter_key) DO NOTHING RETURNING id`,
      [clinicId, id, p.name, p.description, p.starterKey, now],
    );
    if (!inserted) continue;
    for (const [position, s] of p.steps.entries()) {
      await m.query(
        `INSERT INTO program_steps (clinic_id, program_id, position, template_id, day_offset, recurrence, instructions)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          clinicId,
          id,
          position,
          ids.get(s.templateKey),
          s.dayOffset,
          JSON.stringify(s.recurrence),
          s.instructions,
        ],
      );
    }
  }
}
