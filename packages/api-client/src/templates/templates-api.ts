import {
  type CreateProgramRequest,
  type CreateTemplateRequest,
  type Program,
  type ProgramList,
  ProgramListSchema,
  ProgramSchema,
  pageOf,
  type Template,
  type TemplateQuerySchema,
  TemplateSchema,
  type TemplateSummary,
  TemplateSummarySchema,
  type UpdateProgramRequest,
  type UpdateTemplateRequest,
} from '@interlude/contracts';
import type { z } from 'zod';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';
import type { Page } from '../pagination';

export type TemplateListQuery = Omit<z.input<typeof TemplateQuerySchema>, 'limit'> & { limit?: number };

const TemplatePageSchema = pageOf(TemplateSummarySchema);

/** The homework library (templates, immutable versions) and programs; admins and clinicians. */
export interface TemplatesApi {
  /** `GET …/templates`: one page of the library. */
  listTemplates(
    clinicId: string,
    query?: TemplateListQuery,
    signal?: AbortSignal,
  ): Promise<Page<TemplateSummary>>;
  /** `GET …/templates/{id}`: the current version. */
  getTemplate(clinicId: string, templateId: string, signal?: AbortSignal): Promise<Template>;
  /** `GET …/templates/{id}/versions/{version}`: a version as it was when assigned. */
  getTemplateVersion(
    clinicId: string,
    templateId: string,
    version: number,
    signal?: AbortSignal,
  ): Promise<Template>;
  /** `POST …/templates`. */
  createTemplate(clinicId: string, body: CreateTemplateRequest): Promise<Template>;
  /** `PATCH …/templates/{id}`: a content change makes a new version; `status` archives or restores. */
  updateTemplate(clinicId: string, templateId: string, body: UpdateTemplateRequest): Promise<Template>;
  /** `GET …/programs`. */
  listPrograms(clinicId: string, status?: 'active' | 'archived', signal?: AbortSignal): Promise<ProgramList>;
  /** `GET …/programs/{id}`. */
  getProgram(clinicId: string, programId: string, signal?: AbortSignal): Promise<Program>;
  /** `POST …/programs`. */
  createProgram(clinicId: string, body: CreateProgramRequest): Promise<Program>;
  /** `PATCH …/programs/{id}`. */
  updateProgram(clinicId: string, programId: string, body: UpdateProgramRequest): Promise<Program>;
}

export function createTemplatesApi(http: HttpTransport): TemplatesApi {
  const templates = (clinicId: string) => `${clinicPath(clinicId)}/templates`;
  const programs = (clinicId: string) => `${clinicPath(clinicId)}/programs`;
  const one = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    listTemplates: (clinicId, query = {}, signal) =>
      http.json(TemplatePageSchema, templates(clinicId), { query: { ...query }, signal }),
    getTemplate: (clinicId, templateId, signal) =>
      http.json(TemplateSchema, one(templates(clinicId), templateId), { signal }),
    getTemplateVersion: (clinicId, templateId, version, signal) =>
      http.json(TemplateSchema, `${one(templates(clinicId), templateId)}/versions/${version}`, { signal }),
    createTemplate: (clinicId, body) =>
      http.json(TemplateSchema, templates(clinicId), { method: 'POST', json: body }),
    updateTemplate: (clinicId, templateId, body) =>
      http.json(TemplateSchema, one(templates(clinicId), templateId), { method: 'PATCH', json: body }),
    listPrograms: (clinicId, status, signal) =>
      http.json(ProgramListSchema, programs(clinicId), { query: status ? { status } : {}, signal }),
    getProgram: (clinicId, programId, signal) =>
      http.json(ProgramSchema, one(programs(clinicId), programId), { signal }),
    createProgram: (clinicId, body) =>
      http.json(ProgramSchema, programs(clinicId), { method: 'POST', json: body }),
    updateProgram: (clinicId, programId, body) =>
      http.json(ProgramSchema, one(programs(clinicId), programId), { method: 'PATCH', json: body }),
  };
}
