import {
  type Client,
  type CreateClientRequest,
  CreateClientRequestSchema,
  type UpdateClientRequest,
  UpdateClientRequestSchema,
} from '@interlude/contracts';
import { zonedDateTimeIso, zonedParts } from '../../../lib/dates/clinic-time';

/** The client form: every field as the inputs hold it (empty strings while empty). */
export interface ClientFormValues {
  name: string;
  preferredName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  timezone: string;
  primaryClinicianId: string;
  additionalClinicianIds: string[];
  /** The next session on the clinic's wall clock; the API error path `nextSessionAt` lands here. */
  nextSessionAt: { day: string; time: string };
  tags: string[];
}

export function emptyClientValues(timezone: string, primaryClinicianId = ''): ClientFormValues {
  return {
    name: '',
    preferredName: '',
    email: '',
    phone: '',
    dateOfBirth: '',
    timezone,
    primaryClinicianId,
    additionalClinicianIds: [],
    nextSessionAt: { day: '', time: '' },
    tags: [],
  };
}

export function toClientValues(client: Client, clinicTimeZone: string): ClientFormValues {
  return {
    name: client.name,
    preferredName: client.preferredName ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    timezone: client.timezone,
    primaryClinicianId: client.primaryClinician.membershipId,
    additionalClinicianIds: client.additionalClinicians.map((c) => c.membershipId),
    nextSessionAt: client.nextSessionAt
      ? zonedParts(client.nextSessionAt, clinicTimeZone)
      : { day: '', time: '' },
    tags: client.tags,
  };
}

const text = (value: string) => value.trim() || null;

/** The next session as an ISO instant, null when both parts are empty, `invalid` when only one is given. */
function nextSession(values: ClientFormValues, clinicTimeZone: string): string | null | 'invalid' {
  const { day, time } = values.nextSessionAt;
  if (!day && !time) return null;
  if (!day || !time) return 'invalid';
  try {
    return zonedDateTimeIso(day, time, clinicTimeZone);
  } catch {
    return 'invalid';
  }
}

export interface ClientRequestOptions {
  clinicTimeZone: string;
  /** Admins choose clinicians; for a clinician the API keeps (or sets) themselves. */
  choosesClinicians: boolean;
}

/** The POST body's shape (before the contract cleans it): empty fields are left out. */
export function toCreateShape(
  values: ClientFormValues,
  options: ClientRequestOptions,
): Record<string, unknown> {
  const session = nextSession(values, options.clinicTimeZone);
  const shape: Record<string, unknown> = {
    name: values.name,
    preferredName: text(values.preferredName) ?? undefined,
    email: text(values.email) ?? undefined,
    phone: text(values.phone) ?? undefined,
    dateOfBirth: text(values.dateOfBirth) ?? undefined,
    timezone: values.timezone || undefined,
    primaryClinicianId: options.choosesClinicians ? values.primaryClinicianId || undefined : undefined,
    additionalClinicianIds: options.choosesClinicians ? values.additionalClinicianIds : undefined,
    nextSessionAt: session === 'invalid' ? '' : (session ?? undefined),
    tags: values.tags,
  };
  return Object.fromEntries(Object.entries(shape).filter(([, value]) => value !== undefined));
}

/** The PATCH body's shape: cleared fields are sent as null so they are cleared on the server too. */
export function toUpdateShape(
  values: ClientFormValues,
  options: ClientRequestOptions,
): Record<string, unknown> {
  const session = nextSession(values, options.clinicTimeZone);
  const shape: Record<string, unknown> = {
    name: values.name,
    preferredName: text(values.preferredName),
    email: text(values.email),
    phone: text(values.phone),
    dateOfBirth: text(values.dateOfBirth),
    timezone: values.timezone,
    nextSessionAt: session === 'invalid' ? '' : session,
    tags: values.tags,
  };
  if (options.choosesClinicians) {
    shape.primaryClinicianId = values.primaryClinicianId;
    shape.additionalClinicianIds = values.additionalClinicianIds.filter(
      (id) => id !== values.primaryClinicianId,
    );
  }
  return shape;
}

export const toCreateRequest = (
  values: ClientFormValues,
  options: ClientRequestOptions,
): CreateClientRequest => CreateClientRequestSchema.parse(toCreateShape(values, options));

export const toUpdateRequest = (
  values: ClientFormValues,
  options: ClientRequestOptions,
): UpdateClientRequest => UpdateClientRequestSchema.parse(toUpdateShape(values, options));

/** A message for the next-session fields when only one of date and time is filled in. */
export const nextSessionProblem = (values: ClientFormValues): string | undefined => {
  const { day, time } = values.nextSessionAt;
  if (day && !time) return 'Enter the time of the session too';
  if (time && !day) return 'Enter the date of the session too';
  return undefined;
};
