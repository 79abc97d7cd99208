// The world as a value and the workspace of one step: hosts, connections,
// the agenda of actions, the seeded random source, the event record, and
// the shape a world is built from. Every other room works on these.
export { findHost, type Host, type World } from './world';
export { Tick, type EventDraft } from './tick';
export { nextRandom, seedRandom, type RandomState } from './random';
export { eventJson, LAYERS, type Layer, type Part, type TaggedRange, type WorldEvent } from './event';
export type { Action, Job, Purpose, Side } from './actions';
export type { Cause } from './causes';
export type { Connection, StreamPart } from './connection';
export type { Draft } from './draft';
export type { QueueEntry, RecipientFate } from './queue';
export { jobContent, messageIdOfJob } from './jobs';
export { noFaults, withFaults, isFaultKey, type Faults, type VrfyPolicy } from './faults';
export { switchWords, type SwitchWords } from './config-words';
export type { HostRole, HostSpec, Link, MtaSpec, WorldSpec } from './topology';
export { DEFAULT_START, defaultWorldSpec, HOSTS } from './default-world';
export { postfixFor } from './postfix';
export { appendLine, emptyMailLog, mailLogLines, type MailLog } from './mail-log';
