export { createReportsApi, type ReportsApi } from './reports-api';
