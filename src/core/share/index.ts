// Share and export: a state as a link or file, a session as files for slides.
export type { SharedState, WorldShare, LessonShare, PlaygroundShare, SharedAct, SharedLessonAct, SharedShowMe, SharedStepProgress, SharedInput, SharedDraft, SimulatorScreen, LogDigest, ShareError, Decoded } from './types';
export { SHARE_FORMAT, CORE_VERSION } from './version';
export { encodeShare, decodeShare, decodeShareJson, packPayload, unpackPayload, shareFileText, tooBigToShare, LINK_PREFIX, MAX_INFLATED, type TooBig, type Deflate, type Inflate, type Inflated } from './codec';
export { validateShared } from './validate';
export { logDigest, compareDigests, dataHash } from './digest';
export { replay, checkReplay, judgeReplay, startOf, applyAct, worldInput, sharedInput, type ReplayCheck } from './replay';
export { applyLessonAct, checkLessonReplay, lessonOf, lessonReplay, lessonShare, type LessonSnapshot, type PlacedLessonAct } from './lesson';
export { worldShare, playgroundShare, type ScreenSnapshot, type WorldSnapshot } from './state';
export { exportSession, eventsJsonl, type ExportFile, type SessionExport } from './export';
export { formatTranscript, transcriptText, type TranscriptHead } from './transcript-text';
export { transcriptHtml, transcriptFragment, escapeHtml } from './transcript-html';
export { lessonFile, lessonFileText, lessonLink, readLessonFile, readLessonLink, readLessonText, LESSON_FILE_KIND, LESSON_LINK_PREFIX, type LessonFile, type ReadLesson } from './lesson-file';
