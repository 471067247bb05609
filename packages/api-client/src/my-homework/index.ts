export { createMyHomeworkApi, type MyHomeworkApi } from './my-homework-api';
export {
  type AssignmentDeclineVariables,
  type MyHomeworkWhen,
  myAssignmentsQueryOptions,
  myHomeworkKeys,
  myOccurrenceQueryOptions,
  myProposalsQueryOptions,
  useAcceptAssignment,
  useDeclineAssignment,
  useDeclineOccurrence,
  useMyAssignments,
  useMyOccurrence,
  useMyProgress,
  useMyProposals,
  useSaveDraft,
  useSubmitOccurrence,
} from './use-my-homework';
