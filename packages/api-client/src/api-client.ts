import { type Readiness, ReadinessSchema } from '@interlude/contracts';
import { type AuditApi, createAuditApi } from './audit/audit-api';
import { type AuthApi, createAuthApi } from './auth/auth-api';
import { type ClientsApi, createClientsApi } from './clients/clients-api';
import { type ClinicApi, createClinicApi } from './clinic/clinic-api';
import { createDemoApi, type DemoApi } from './demo/demo-api';
import { createHomeworkApi, type HomeworkApi } from './homework/homework-api';
import { type ApiClientOptions, HttpTransport, parseBody, problemError } from './http/http-transport';
import { createMyHomeworkApi, type MyHomeworkApi } from './my-homework/my-homework-api';
import { createNotificationsApi, type NotificationsApi } from './notifications/notifications-api';
import { createPortalApi, type PortalApi } from './portal/portal-api';
import { createReportsApi, type ReportsApi } from './reports/reports-api';
import { createSafetyPlansApi, type SafetyPlansApi } from './safety-plans/safety-plans-api';
import { createStaffApi, type StaffApi } from './staff/staff-api';
import { createTemplatesApi, type TemplatesApi } from './templates/templates-api';

export interface SystemApi {
  /** `GET /api/ready`: resolves with the readiness even when a dependency is down (503). */
  getReadiness(signal?: AbortSignal): Promise<Readiness>;
}

/** One typed function per API route; components reach it only through the hooks. */
export interface ApiClient
  extends SystemApi,
    AuthApi,
    ClinicApi,
    StaffApi,
    AuditApi,
    DemoApi,
    ClientsApi,
    SafetyPlansApi,
    PortalApi,
    TemplatesApi,
    HomeworkApi,
    MyHomeworkApi,
    ReportsApi,
    NotificationsApi {}

function createSystemApi(http: HttpTransport): SystemApi {
  return {
    async getReadiness(signal) {
      const response = await http.send('/ready', { signal });
      if (response.ok) return parseBody(ReadinessSchema, response);
      // /ready answers 503 with a problem body that also carries the readiness fields.
      const readiness = response.status === 503 ? ReadinessSchema.safeParse(response.body) : undefined;
      if (readiness?.success) return readiness.data;
      throw problemError(response);
    },
  };
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const http = new HttpTransport(options);
  return {
    ...createSystemApi(http),
    ...createAuthApi(http),
    ...createClinicApi(http),
    ...createStaffApi(http),
    ...createAuditApi(http),
    ...createDemoApi(http),
    ...createClientsApi(http),
    ...createSafetyPlansApi(http),
    ...createPortalApi(http),
    ...createTemplatesApi(http),
    ...createHomeworkApi(http),
    ...createMyHomeworkApi(http),
    ...createReportsApi(http),
    ...createNotificationsApi(http),
  };
}
