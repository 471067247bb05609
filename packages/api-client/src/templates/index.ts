export { createTemplatesApi, type TemplateListQuery, type TemplatesApi } from './templates-api';
