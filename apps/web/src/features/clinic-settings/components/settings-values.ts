import {
  type ClinicSettings,
  type CrisisResource,
  type HomeworkTerm,
  type UpdateClinicSettings,
  UpdateClinicSettingsSchema,
} from '@interlude/contracts';

/** The settings form: every editable field, numbers possibly empty while typing. */
export interface ClinicSettingsValues {
  name: string;
  timezone: string;
  homeworkTerm: HomeworkTerm;
  sessionTimeoutMinutes: number | string;
  requireMfa: boolean;
  crisisResources: { name: string; phone: string; description: string }[];
  smallCellThreshold: number | string;
  reminderHoursBefore: number | string;
  overdueNudgeHoursAfter: number | string;
  /** "HH:MM", as an `<input type="time">` gives it ("" while incomplete). */
  quietHoursStart: string;
  quietHoursEnd: string;
  digestTime: string;
  outcomeThresholds: Record<'phq9' | 'gad7', { caseness: number | string; reliableChange: number | string }>;
}

export const MAX_CRISIS_RESOURCES = 10;

export const emptyCrisisResource = () => ({ name: '', phone: '', description: '' });

export function toFormValues(settings: ClinicSettings): ClinicSettingsValues {
  return {
    name: settings.name,
    timezone: settings.timezone,
    homeworkTerm: settings.homeworkTerm,
    sessionTimeoutMinutes: settings.sessionTimeoutMinutes,
    requireMfa: settings.requireMfa,
    crisisResources: settings.crisisResources.map((resource) => ({
      name: resource.name,
      phone: resource.phone,
      description: resource.description ?? '',
    })),
    smallCellThreshold: settings.smallCellThreshold,
    reminderHoursBefore: settings.reminderHoursBefore,
    overdueNudgeHoursAfter: settings.overdueNudgeHoursAfter,
    quietHoursStart: settings.quietHoursStart,
    quietHoursEnd: settings.quietHoursEnd,
    digestTime: settings.digestTime,
    outcomeThresholds: {
      phq9: { ...settings.outcomeThresholds.phq9 },
      gad7: { ...settings.outcomeThresholds.gad7 },
    },
  };
}

/** What the form sends: an empty description is left out rather than saved as "". */
export function toRequestShape(values: ClinicSettingsValues): Record<string, unknown> {
  return {
    ...values,
    crisisResources: values.crisisResources.map(
      ({ description, ...rest }): CrisisResource => (description.trim() ? { ...rest, description } : rest),
    ),
  };
}

/** The PATCH body, cleaned by the contract (trimmed strings); throws if the form let something invalid through. */
export const toRequest = (values: ClinicSettingsValues): UpdateClinicSettings =>
  UpdateClinicSettingsSchema.parse(toRequestShape(values));
