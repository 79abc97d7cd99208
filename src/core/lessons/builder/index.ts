// The level builder's core (issue 16 §2): a draft changed step by step,
// pinned clauses and pauses from what the author selected, a clause as a
// form, the checklist and `Test`.
export { addClause, addPrediction, addStep, blankLesson, clausesOf, copyOf, editStep, lessonOfChallenge, markStart, recordInto, removeLastStep, replaceClause, replacePrediction, typedLines, withExactHint, type StepText } from './draft';
export { exchangeAnswered, pausePrediction, pinClause, pinMailbox, pinMessage } from './pin';
export { testLesson, type LessonTest, type StepTest } from './test-lesson';
export { builderChecklist, builderReady, type ChecklistItem } from './checklist';
export { CLAUSE_FIELDS, COUNT_MODES, FIELD_FAULTS, FIELD_HOSTS, FIELD_LAYERS, countField, countOf, readField, writeField, type ClauseField, type CountMode, type FieldKind } from './clause-fields';
