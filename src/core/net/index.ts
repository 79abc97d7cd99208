// The simulated mail world: what the store, the Simulator page and the sim CLI use.
export { createWorld, step, applyInput, nextTime, type WorldInput, type Stepped } from './step';
export { startTimeline, play, advance, input, seek, truncate, SNAPSHOT_EVERY, type Timeline, type PlayLimit } from './timeline';
export { findHost, type World, type Host } from './world';
export { eventJson, type WorldEvent, type Layer, type Part, type TaggedRange } from './event';
export { noFaults, withFaults, type Faults, type VrfyPolicy } from './faults';
export { defaultWorldSpec, DEFAULT_START, HOSTS } from './default-world';
export type { WorldSpec, HostSpec, HostRole, MtaSpec, Link } from './topology';
export type { QueueEntry, RecipientFate } from './queue';
export type { Connection } from './connection';
export type { Draft } from './ua';
export { mailboxBytes } from './mailbox';
export { observe, type Observation } from './observer';
export { lookup, reverseName, type Zone, type DnsRecord, type DnsQuestion, type DnsAnswer, type DnsType } from './zone';
export { mboxEntry, parseMbox, type MboxEntry, type ParsedMbox } from './mbox';
export { wireLines, type WireLine, type Run } from './wire-lines';
export { envelopeOf } from './envelope-of';
