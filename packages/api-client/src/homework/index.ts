export { type AssignmentListQuery, createHomeworkApi, type HomeworkApi } from './homework-api';
