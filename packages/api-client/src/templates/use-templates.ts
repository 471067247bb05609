import type {
  CreateProgramRequest,
  CreateTemplateRequest,
  Program,
  Template,
  UpdateProgramRequest,
  UpdateTemplateRequest,
} from '@interlude/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { nextPageCursor } from '../pagination';
import { auditEventKeys, clinicScopedKeys } from '../query-keys';
import type { TemplateListQuery } from './templates-api';

const templateScope = clinicScopedKeys('templates');

/** The homework library: lists, each template's current version, and its immutable older versions. */
export const templateKeys = {
  ...templateScope,
  version: (clinicId: string, templateId: string, version: number) =>
    [...templateScope.detail(clinicId, templateId), 'versions', version] as const,
};

/** Programs (ordered steps of templates); lists are keyed by status. */
export const programKeys = clinicScopedKeys('programs');

/** The filters of the library list; the cursor and page size belong to the pagination. */
export type TemplateFilters = Omit<TemplateListQuery, 'cursor' | 'limit'>;

export const TEMPLATE_PAGE_SIZE = 50;

export const templateListQueryOptions = (
  client: ApiClient,
  clinicId: string,
  filters: TemplateFilters = {},
) =>
  infiniteQueryOptions({
    queryKey: templateKeys.list(clinicId, filters),
    queryFn: ({ signal, pageParam }) =>
      client.listTemplates(clinicId, { ...filters, limit: TEMPLATE_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageCursor,
  });

/** The library, a page at a time ("Load more"); the previous rows stay while the filters change. */
export function useTemplateList(clinicId: string, filters: TemplateFilters = {}) {
  return useInfiniteQuery({
    ...templateListQueryOptions(useApiClient(), clinicId, filters),
    placeholderData: keepPreviousData,
  });
}

export const templateQueryOptions = (client: ApiClient, clinicId: string, templateId: string) =>
  queryOptions({
    queryKey: templateKeys.detail(clinicId, templateId),
    queryFn: ({ signal }) => client.getTemplate(clinicId, templateId, signal),
  });

/** A template's current version. */
export function useTemplate(clinicId: string, templateId: string) {
  return useQuery(templateQueryOptions(useApiClient(), clinicId, templateId));
}

export const templateVersionQueryOptions = (
  client: ApiClient,
  clinicId: string,
  templateId: string,
  version: number,
) =>
  queryOptions({
    queryKey: templateKeys.version(clinicId, templateId, version),
    queryFn: ({ signal }) => client.getTemplateVersion(clinicId, templateId, version, signal),
    // A version never changes once made.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** One version as it was made (what homework assigned from it shows); never refetched. Null: not asked for. */
export function useTemplateVersion(clinicId: string, templateId: string, version: number | null) {
  return useQuery({
    ...templateVersionQueryOptions(useApiClient(), clinicId, templateId, version ?? 0),
    enabled: version !== null,
  });
}

/**
 * After a template changes: its current version is replaced (and remembered as that version), lists
 * refetch, and so do programs, whose steps show the template's title.
 */
function useTemplateChanged(clinicId: string) {
  const queryClient = useQueryClient();
  return (template: Template) => {
    queryClient.setQueryData(templateKeys.detail(clinicId, template.id), template);
    queryClient.setQueryData(templateKeys.version(clinicId, template.id, template.version), template);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: templateKeys.lists(clinicId) }),
      queryClient.invalidateQueries({ queryKey: programKeys.all(clinicId) }),
      queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
    ]);
  };
}

export function useCreateTemplate(clinicId: string) {
  const client = useApiClient();
  const changed = useTemplateChanged(clinicId);
  return useMutation({
    mutationFn: (body: CreateTemplateRequest) => client.createTemplate(clinicId, body),
    onSuccess: (created) => changed(created),
  });
}

/** A content change makes a new version; `{ status }` archives or restores. */
export function useUpdateTemplate(clinicId: string, templateId: string) {
  const client = useApiClient();
  const changed = useTemplateChanged(clinicId);
  return useMutation({
    mutationFn: (body: UpdateTemplateRequest) => client.updateTemplate(clinicId, templateId, body),
    onSuccess: (updated) => changed(updated),
  });
}

export type ProgramStatus = 'active' | 'archived';

export const programsQueryOptions = (client: ApiClient, clinicId: string, status: ProgramStatus = 'active') =>
  queryOptions({
    queryKey: programKeys.list(clinicId, { status }),
    queryFn: ({ signal }) => client.listPrograms(clinicId, status, signal),
  });

/** The clinic's programs with the given status (active by default). */
export function usePrograms(clinicId: string, status: ProgramStatus = 'active') {
  return useQuery({
    ...programsQueryOptions(useApiClient(), clinicId, status),
    placeholderData: keepPreviousData,
  });
}

export const programQueryOptions = (client: ApiClient, clinicId: string, programId: string) =>
  queryOptions({
    queryKey: programKeys.detail(clinicId, programId),
    queryFn: ({ signal }) => client.getProgram(clinicId, programId, signal),
  });

export function useProgram(clinicId: string, programId: string) {
  return useQuery(programQueryOptions(useApiClient(), clinicId, programId));
}

function useProgramChanged(clinicId: string) {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(programKeys.detail(clinicId, program.id), program);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: programKeys.lists(clinicId) }),
      queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
    ]);
  };
}

export function useCreateProgram(clinicId: string) {
  const client = useApiClient();
  const changed = useProgramChanged(clinicId);
  return useMutation({
    mutationFn: (body: CreateProgramRequest) => client.createProgram(clinicId, body),
    onSuccess: (created) => changed(created),
  });
}

/** Edits a program's name, description or steps; `{ status }` archives or restores it. */
export function useUpdateProgram(clinicId: string, programId: string) {
  const client = useApiClient();
  const changed = useProgramChanged(clinicId);
  return useMutation({
    mutationFn: (body: UpdateProgramRequest) => client.updateProgram(clinicId, programId, body),
    onSuccess: (updated) => changed(updated),
  });
}
