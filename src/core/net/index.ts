// The simulated mail world: what the store, the Simulator page and the sim CLI use.
export { createWorld, step, applyInput, nextTime, type WorldInput, type Stepped } from './step';
export { startTimeline, play, advance, input, seek, truncate, SNAPSHOT_EVERY, type Timeline, type PlayLimit } from './timeline';
export { findHost, type World, type Host } from './world/index';
export { eventJson, type WorldEvent, type Layer, type Part, type TaggedRange } from './world/index';
export { noFaults, withFaults, type Faults, type VrfyPolicy } from './world/index';
export { defaultWorldSpec, DEFAULT_START, HOSTS } from './world/index';
export type { WorldSpec, HostSpec, HostRole, MtaSpec, Link } from './world/index';
export type { QueueEntry, RecipientFate } from './world/index';
export type { Connection } from './world/index';
export type { Draft } from './world/index';
export { mailboxBytes } from './mta/index';
export { observe, type Observation } from './observe/index';
export { lookup, reverseName, type Zone, type DnsRecord, type DnsQuestion, type DnsAnswer, type DnsType } from '../dns/index';
export { mboxEntry, parseMbox, type MboxEntry, type ParsedMbox } from '../mbox/index';
export { wireLines, type WireLine, type Run } from './observe/index';
export { envelopeOf } from './observe/index';
