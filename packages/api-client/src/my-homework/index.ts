export { createMyHomeworkApi, type MyHomeworkApi } from './my-homework-api';
