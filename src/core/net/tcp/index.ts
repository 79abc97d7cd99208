// TCP as events: opening a job's connection, the handshake, segments in
// order, FIN from each side (RFC 793), and the one event of a segment.
export { close, onAck, onConnectTimeout, onFin, onReset, onSyn, onSynAck, recordSegment, sendSegment } from './tcp';
export { connectAnswered, startJob } from './open';
