// The simulated mail world: what the store, the Simulator page and the sim CLI use.
//
// A walk through it. `step` (step.ts) takes the next action off the agenda,
// `applyInput` takes what a person did; either hands it to `dispatch`
// (dispatch.ts), the one place that says which handler each action goes to.
// The handlers live in rooms, each entered by its index.ts:
//   world/    the world value, the tick (one step's workspace), agenda, random, events, actions and causes
//   shell/    a host's shell told what happened; what it asks for becomes causes
//   ua/       the user agent: compose, or submit an existing message
//   tcp/      opening a job's connection, handshake, segments, FIN
//   dns/      look-ups through the cache and the name server
//   mta/      the server and client ends of a connection, the queue, bounces, mailboxes
//   observe/  reading the log: an observer's view, wire parts and lines, envelope-of
// A handler that needs another concept does not call it: it records a cause
// on the tick (t.cause) and the dispatcher routes it, at once and in order.
// DNS data and the mbox format, shared with src/core/shell, are src/core/dns
// and src/core/mbox.
export { createWorld, step, applyInput, splitInput, nextTime, type WorldInput, type Stepped } from './step';
export { startTimeline, play, advance, input, seek, truncate, SNAPSHOT_EVERY, type Timeline, type PlayLimit } from './timeline';
export { findHost, mailLogLines, type World, type Host, type MailLog } from './world/index';
export { eventJson, LAYERS, type WorldEvent, type Layer, type Part, type TaggedRange } from './world/index';
export { noFaults, withFaults, isFaultKey, switchWords, type Faults, type VrfyPolicy, type SwitchWords } from './world/index';
export { defaultWorldSpec, DEFAULT_START, HOSTS } from './world/index';
export type { WorldSpec, HostSpec, HostRole, MtaSpec, Link } from './world/index';
export type { QueueEntry, RecipientFate } from './world/index';
export type { Connection } from './world/index';
export type { Draft } from './world/index';
export { mailboxBytes, listedMailboxes, deliversLocally, type MailboxListing } from './mta/index';
export { observe, type Observation } from './observe/index';
export { lookup, reverseName, type Zone, type DnsRecord, type DnsQuestion, type DnsAnswer, type DnsType } from '../dns/index';
export { mboxEntry, parseMbox, type MboxEntry, type ParsedMbox } from '../mbox/index';
export { wireLines, type WireLine, type Run } from './observe/index';
export { envelopeOf, mailboxEnvelope, type CopyEnvelope } from './observe/index';
