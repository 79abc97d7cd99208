// Reading the event log: what an observer on a link sees, which bytes are
// envelope, header or body, the wire bytes as lines, and a delivered
// message's envelope as the log shows it.
export { observe, onLink, type Observation } from './observer';
export { contentRanges, partAfterServerBytes, startsWithVerb, tagClientBytes } from './wire-parts';
export { wireLines, type Run, type WireLine } from './wire-lines';
export { envelopeOf } from './envelope-of';
export { mailboxEnvelope, type CopyEnvelope } from './mailbox-envelope';
