// The starter library a new clinic is seeded with: one template of each kind of homework (spec §1)
// and a few ready-made programs built from them. Frozen, so no caller can change the library for
// every clinic seeded after it.
import { STARTER_PROGRAMS as programs } from './starter-programs';
import { STARTER_TEMPLATES as templates } from './starter-templates';

export type { StarterProgram, StarterProgramStep } from './starter-programs';
export { type StarterTemplate, starterTemplate } from './starter-templates';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

export const STARTER_TEMPLATES = deepFreeze(templates);
export const STARTER_PROGRAMS = deepFreeze(programs);
