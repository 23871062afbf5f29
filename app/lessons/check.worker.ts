/**
 * Checks the learner's configuration against the open lesson off the main
 * thread: a check analyses the whole file and runs sample data through it.
 */
import { checkLesson } from '../../src/check';
import type { CheckRequest, CheckResponse } from './checkProtocol';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  const response: CheckResponse = { ...request, report: checkLesson(request.lessonId, request.source) };
  self.postMessage(response);
};
