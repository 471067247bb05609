import { useApiClient } from '@interlude/api-client';
import type { Program, TemplateSummary } from '@interlude/contracts';
import { useQuery } from '@tanstack/react-query';

/** At most this many pages of the library are read for the picker (100 templates a page). */
const MAX_PAGES = 5;

/**
 * The active templates and programs someone can assign, for the assign flow's picker. Kept under a key
 * of its own (clinic first), so it is dropped with the clinic's cache and never mixes with the library.
 */
export function useAssignableHomework(clinicId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [clinicId, 'assignable-homework'] as const,
    queryFn: async ({ signal }): Promise<{ templates: TemplateSummary[]; programs: Program[] }> => {
      const templates: TemplateSummary[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result = await client.listTemplates(clinicId, { status: 'active', limit: 100, cursor }, signal);
        templates.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      const programs = await client.listPrograms(clinicId, 'active', signal);
      return { templates, programs: programs.items };
    },
  });
}
