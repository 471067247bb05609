import { z } from 'zod';
import { EmailSchema, PersonNameSchema } from './auth.schema';
import { PageQuerySchema } from './pagination.schema';

export const ClientStatusSchema = z.enum(['active', 'discharged']);
export const PortalStatusSchema = z.enum(['none', 'invited', 'active', 'revoked']);

const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((tag) => !tag.includes(',') && !tag.includes(String.fromCharCode(0)), 'Tags cannot contain commas');
const LocalDate = z.iso.date('Use a date like 1990-04-21');
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{3,24}$/, 'Enter a phone number (digits, spaces, +, - or brackets)');

export const ClinicianRefSchema = z.object({ membershipId: z.uuid(), name: z.string() });

/** The clinic's active clinicians, for choosing who holds a client. */
export const ClinicianListSchema = z.object({ items: z.array(ClinicianRefSchema) });

export const ClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  preferredName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  timezone: z.string(),
  status: ClientStatusSchema,
  primaryClinician: ClinicianRefSchema,
  additionalClinicians: z.array(ClinicianRefSchema),
  nextSessionAt: z.iso.datetime().nullable(),
  tags: z.array(z.string()),
  portalStatus: PortalStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const CreateClientRequestSchema = z.strictObject({
  name: PersonNameSchema,
  preferredName: z.string().trim().min(1).max(60).optional(),
  email: EmailSchema.optional(),
  phone: Phone.optional(),
  dateOfBirth: LocalDate.optional(),
  timezone: z.string().min(1).max(64).optional(),
  primaryClinicianId: z.uuid().optional(),
  additionalClinicianIds: z.array(z.uuid()).max(5).optional(),
  nextSessionAt: z.iso.datetime({ offset: true }).optional(),
  tags: z.array(Tag).max(20).optional(),
});

export const UpdateClientRequestSchema = z
  .strictObject({
    name: PersonNameSchema,
    preferredName: z.string().trim().min(1).max(60).nullable(),
    email: EmailSchema.nullable(),
    phone: Phone.nullable(),
    dateOfBirth: LocalDate.nullable(),
    timezone: z.string().min(1).max(64),
    status: ClientStatusSchema,
    primaryClinicianId: z.uuid(),
    additionalClinicianIds: z.array(z.uuid()).max(5),
    nextSessionAt: z.iso.datetime({ offset: true }).nullable(),
    tags: z.array(Tag).max(20),
  })
  .partial();

export const ClientQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: ClientStatusSchema.optional(),
  clinicianId: z.uuid().optional(),
  tag: Tag.optional(),
  sort: z.enum(['name', 'nextSession', 'created']).default('name'),
});

export const TransferClientsRequestSchema = z.strictObject({
  clientIds: z.array(z.uuid()).min(1, 'Choose at least one client').max(100),
  toClinicianId: z.uuid(),
});

export const CaseloadHistoryEntrySchema = z.object({
  clinician: ClinicianRefSchema,
  role: z.enum(['primary', 'additional']),
  from: z.iso.datetime(),
  to: z.iso.datetime().nullable(),
});

export type ClientStatus = z.infer<typeof ClientStatusSchema>;
export type PortalStatus = z.infer<typeof PortalStatusSchema>;
export type ClinicianRef = z.infer<typeof ClinicianRefSchema>;
export type ClinicianList = z.infer<typeof ClinicianListSchema>;
export type Client = z.infer<typeof ClientSchema>;
export type CreateClientRequest = z.infer<typeof CreateClientRequestSchema>;
export type UpdateClientRequest = z.infer<typeof UpdateClientRequestSchema>;
export type ClientQuery = z.infer<typeof ClientQuerySchema>;
export type TransferClientsRequest = z.infer<typeof TransferClientsRequestSchema>;
export type CaseloadHistoryEntry = z.infer<typeof CaseloadHistoryEntrySchema>;
