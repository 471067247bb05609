import type { RouteObject } from 'react-router';

/** The homework library's screens, relative to `/clinics/:clinicId` (admins and clinicians). */
export const templateRoutes: RouteObject[] = [];
