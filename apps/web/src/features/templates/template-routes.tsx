import type { RouteObject } from 'react-router';
import { EditProgramPage } from './routes/EditProgramPage';
import { EditTemplatePage } from './routes/EditTemplatePage';
import { NewProgramPage } from './routes/NewProgramPage';
import { NewTemplatePage } from './routes/NewTemplatePage';
import { ProgramDetailPage } from './routes/ProgramDetailPage';
import { ProgramListPage } from './routes/ProgramListPage';
import { TemplateDetailPage } from './routes/TemplateDetailPage';
import { TemplateLibraryPage } from './routes/TemplateLibraryPage';
import { TemplateVersionPage } from './routes/TemplateVersionPage';

/** The homework library's screens, relative to `/clinics/:clinicId` (admins and clinicians). */
export const templateRoutes: RouteObject[] = [
  { path: 'templates', Component: TemplateLibraryPage },
  { path: 'templates/new', Component: NewTemplatePage },
  { path: 'templates/:templateId', Component: TemplateDetailPage },
  { path: 'templates/:templateId/edit', Component: EditTemplatePage },
  { path: 'templates/:templateId/versions/:version', Component: TemplateVersionPage },
  { path: 'programs', Component: ProgramListPage },
  { path: 'programs/new', Component: NewProgramPage },
  { path: 'programs/:programId', Component: ProgramDetailPage },
  { path: 'programs/:programId/edit', Component: EditProgramPage },
];
