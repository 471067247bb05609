export { type ClientListQuery, type ClientsApi, clientPath, createClientsApi } from './clients-api';
export {
  CLIENT_PAGE_SIZE,
  type ClientFilters,
  caseloadHistoryQueryOptions,
  clientKeys,
  clientListQueryOptions,
  clientQueryOptions,
  clinicianKeys,
  useCaseloadHistory,
  useClient,
  useClientList,
  useCreateClient,
  useInviteClientToPortal,
  useRevokePortalAccess,
  useTransferClients,
  useUpdateClient,
} from './use-clients';
