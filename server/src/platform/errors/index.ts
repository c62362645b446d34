export {
  frameworkErrorHandler,
  PROBLEM_CONTENT_TYPE,
  registerErrorHandling,
  sendProblem,
} from './error-handler.js';
export {
  type FieldProblem,
  forbidden,
  invalidFields,
  notFound,
  ProblemError,
  unauthenticated,
} from './problem.js';
