/**
 * Lessons as data: reading lesson folders, composing their configurations,
 * resolving the config pointers in their texts; the learner's work on each
 * lesson, its progress and its stored form. Framework-free; the app reads
 * the bundled course, Node tools can read folders from disk
 * (`src/lessons/files-on-disk.ts`, kept out of this index so that the
 * browser bundle never imports `node:fs`).
 */
export { bundledLessons } from './bundled';
export { buildLessonSet, lessonChain, type LessonSet } from './lesson-set';
export {
  parseLesson,
  LESSON_FILES,
  type Lesson,
  type LessonKind,
  type LessonResult,
  type Objective,
} from './lesson';
export { referenceBefore, referenceConfig, starterConfig } from './configs';
export { addMissingBlocks, overlayBlocks } from './compose';
export { solutionFor } from './solution';
export { lessonContentHash } from './content-hash';
export {
  adoptCurrentVersion,
  HINT_RUNGS,
  isOutdated,
  ownStartFor,
  recordCheck,
  revealHint,
  solutionUnlocked,
  startWork,
  type CheckOutcome,
  type LessonWork,
  type StartingPoint,
} from './lesson-work';
export { lessonProgress, progressCounts, type LessonProgress } from './progress';
export {
  decodeLessonWork,
  decodePlace,
  encodeLessonWork,
  encodePlace,
  INITIAL_PLACE,
  SAVED_WORK_SCHEMA,
  type Place,
} from './saved-work';
export {
  parsePointer,
  pointersInMarkdown,
  resolvePointer,
  type ConfigPointer,
  type ResolvedPointer,
} from './pointer';
export type { HintLadder } from './hints';
export type {
  CheckClause,
  CheckDefinitions,
  FlowClause,
  LogEntrySample,
  LogExpectation,
  LogsClause,
  MetricsClause,
  RoleDefinition,
  SampleRoute,
  ValueClause,
} from './check-definitions';
export type { Json } from './json';
export { clauseRolesOf } from './check-definitions';
