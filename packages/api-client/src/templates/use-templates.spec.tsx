import type { Program, Template, TemplateSummary } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { auditEventKeys, clinicScopedKeys } from '../query-keys';
import { createFakeApiClient } from '../testing/fake-api-client';
import {
  programKeys,
  templateKeys,
  useCreateProgram,
  useCreateTemplate,
  usePrograms,
  useTemplate,
  useTemplateList,
  useTemplateVersion,
  useUpdateProgram,
  useUpdateTemplate,
} from './use-templates';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const otherClinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d99';
const templateId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e7001';
const programId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e8001';

const summary = (n: number, overrides: Partial<TemplateSummary> = {}): TemplateSummary => ({
  id: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e70${String(n).padStart(2, '0')}`,
  kind: 'journal',
  title: `Template ${n}`,
  status: 'active',
  source: 'clinic',
  measure: null,
  version: 1,
  updatedAt: '2026-07-01T12:00:00.000Z',
  ...overrides,
});

const template = (overrides: Partial<Template> = {}): Template => ({
  ...summary(1),
  id: templateId,
  instructions: 'Write a few lines each evening.',
  fields: [{ key: 'entry', label: 'Today', type: 'longText', required: true }],
  updatedBy: 'Cal Clinician',
  ...overrides,
});

const program = (overrides: Partial<Program> = {}): Program => ({
  id: programId,
  name: 'Four weeks of journalling',
  description: '',
  status: 'active',
  source: 'clinic',
  steps: [],
  lengthDays: 28,
  updatedAt: '2026-07-01T12:00:00.000Z',
  ...overrides,
});

function setup(methods: Partial<ApiClient>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={createFakeApiClient(methods)}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
  return { queryClient, wrapper, invalidated };
}

describe('template keys', () => {
  it('start with the clinic id, and a version sits under its template', () => {
    expect(templateKeys.list(clinicId, { kind: 'journal' })).toEqual([
      clinicId,
      'templates',
      'list',
      { kind: 'journal' },
    ]);
    expect(templateKeys.version(clinicId, templateId, 2)).toEqual([
      ...clinicScopedKeys('templates').detail(clinicId, templateId),
      'versions',
      2,
    ]);
    expect(programKeys.detail(clinicId, programId)).toEqual([clinicId, 'programs', 'detail', programId]);
  });
});

describe('useTemplateList', () => {
  it('sends the filters, and asks for the next page with the cursor of the last one', async () => {
    const listTemplates = jest
      .fn()
      .mockResolvedValueOnce({ items: [summary(1)], nextCursor: 'after-1' })
      .mockResolvedValueOnce({ items: [summary(2)], nextCursor: null });
    const { wrapper } = setup({ listTemplates });

    const filters = { kind: 'worksheet', status: 'archived', q: 'thought' } as const;
    const { result } = renderHook(() => useTemplateList(clinicId, filters), { wrapper });
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));
    await act(() => result.current.fetchNextPage());

    expect(listTemplates.mock.calls.map(([id, query]) => [id, query])).toEqual([
      [clinicId, { ...filters, limit: 50, cursor: undefined }],
      [clinicId, { ...filters, limit: 50, cursor: 'after-1' }],
    ]);
    await waitFor(() =>
      expect(result.current.data?.pages.flatMap((page) => page.items).map((t) => t.title)).toEqual([
        'Template 1',
        'Template 2',
      ]),
    );
    expect(result.current.hasNextPage).toBe(false);
  });
});

describe('useTemplate and useTemplateVersion', () => {
  it('load the current version and an older one', async () => {
    const getTemplate = jest.fn().mockResolvedValue(template({ version: 3 }));
    const getTemplateVersion = jest.fn().mockResolvedValue(template({ version: 1 }));
    const { wrapper } = setup({ getTemplate, getTemplateVersion });

    const current = renderHook(() => useTemplate(clinicId, templateId), { wrapper });
    const older = renderHook(() => useTemplateVersion(clinicId, templateId, 1), { wrapper });

    await waitFor(() => expect(current.result.current.data?.version).toBe(3));
    await waitFor(() => expect(older.result.current.data?.version).toBe(1));
    expect(getTemplate).toHaveBeenCalledWith(clinicId, templateId, expect.anything());
    expect(getTemplateVersion).toHaveBeenCalledWith(clinicId, templateId, 1, expect.anything());
  });
});

describe('template mutations', () => {
  it('creating puts the new template in the cache and refreshes the lists of that clinic only', async () => {
    const created = template();
    const createTemplate = jest.fn().mockResolvedValue(created);
    const { queryClient, wrapper, invalidated } = setup({ createTemplate });
    for (const id of [clinicId, otherClinicId]) {
      queryClient.setQueryData(templateKeys.list(id, {}), { pages: [], pageParams: [] });
    }

    const { result } = renderHook(() => useCreateTemplate(clinicId), { wrapper });
    const body = {
      kind: 'journal' as const,
      title: created.title,
      instructions: created.instructions,
      fields: created.fields,
    };
    await act(() => result.current.mutateAsync(body));

    expect(createTemplate).toHaveBeenCalledWith(clinicId, body);
    expect(queryClient.getQueryData(templateKeys.detail(clinicId, templateId))).toEqual(created);
    expect(invalidated(templateKeys.list(clinicId, {}))).toBe(true);
    expect(invalidated(templateKeys.list(otherClinicId, {}))).toBe(false);
  });

  it('a new version replaces the current one, keeps the older versions, and refreshes lists and programs', async () => {
    const saved = template({ version: 4, title: 'Evening journal' });
    const updateTemplate = jest.fn().mockResolvedValue(saved);
    const { queryClient, wrapper, invalidated } = setup({ updateTemplate });
    queryClient.setQueryData(templateKeys.detail(clinicId, templateId), template({ version: 3 }));
    queryClient.setQueryData(templateKeys.version(clinicId, templateId, 3), template({ version: 3 }));
    queryClient.setQueryData(templateKeys.list(clinicId, {}), { pages: [], pageParams: [] });
    queryClient.setQueryData(programKeys.list(clinicId, { status: 'active' }), { items: [] });
    queryClient.setQueryData(auditEventKeys.list(clinicId, {}), { pages: [], pageParams: [] });

    const { result } = renderHook(() => useUpdateTemplate(clinicId, templateId), { wrapper });
    await act(() => result.current.mutateAsync({ title: 'Evening journal' }));

    expect(updateTemplate).toHaveBeenCalledWith(clinicId, templateId, { title: 'Evening journal' });
    expect(queryClient.getQueryData(templateKeys.detail(clinicId, templateId))).toEqual(saved);
    expect(queryClient.getQueryData(templateKeys.version(clinicId, templateId, 4))).toEqual(saved);
    expect(invalidated(templateKeys.version(clinicId, templateId, 3))).toBe(false);
    expect(invalidated(templateKeys.list(clinicId, {}))).toBe(true);
    expect(invalidated(programKeys.list(clinicId, { status: 'active' }))).toBe(true);
    expect(invalidated(auditEventKeys.list(clinicId, {}))).toBe(true);
  });
});

describe('programs', () => {
  it('lists by status', async () => {
    const listPrograms = jest.fn().mockResolvedValue({ items: [program()] });
    const { wrapper } = setup({ listPrograms });

    const { result } = renderHook(() => usePrograms(clinicId, 'archived'), { wrapper });

    await waitFor(() => expect(result.current.data?.items).toHaveLength(1));
    expect(listPrograms).toHaveBeenCalledWith(clinicId, 'archived', expect.anything());
  });

  it('creating and updating replace the program in the cache and refresh the lists', async () => {
    const createProgram = jest.fn().mockResolvedValue(program());
    const updateProgram = jest.fn().mockResolvedValue(program({ status: 'archived' }));
    const { queryClient, wrapper, invalidated } = setup({ createProgram, updateProgram });
    queryClient.setQueryData(programKeys.list(clinicId, { status: 'active' }), { items: [] });
    queryClient.setQueryData(templateKeys.list(clinicId, {}), { pages: [], pageParams: [] });

    const create = renderHook(() => useCreateProgram(clinicId), { wrapper });
    const body = {
      name: 'Four weeks of journalling',
      description: '',
      steps: [{ templateId, dayOffset: 0, recurrence: { kind: 'daily' as const, count: 28 } }],
    };
    await act(() => create.result.current.mutateAsync(body));
    expect(createProgram).toHaveBeenCalledWith(clinicId, body);
    expect(invalidated(programKeys.list(clinicId, { status: 'active' }))).toBe(true);
    expect(invalidated(templateKeys.list(clinicId, {}))).toBe(false);

    const update = renderHook(() => useUpdateProgram(clinicId, programId), { wrapper });
    await act(() => update.result.current.mutateAsync({ status: 'archived' }));
    expect(updateProgram).toHaveBeenCalledWith(clinicId, programId, { status: 'archived' });
    expect(queryClient.getQueryData<Program>(programKeys.detail(clinicId, programId))?.status).toBe(
      'archived',
    );
  });
});
