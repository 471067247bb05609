export * from './field-types';
export * from './measure-answers';
export * from './occurrence-state';
export * from './program-schedule';
export * from './progress';
export * from './starter-library';
export {
  ANSWER_THIS,
  cleanDraft,
  type FieldProblem,
  isEmptyAnswer,
  NOT_IN_HOMEWORK,
  type ResponseAnswers,
  validateResponse,
} from './validate-response';
