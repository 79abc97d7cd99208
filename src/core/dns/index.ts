// DNS as data, shared by the simulated world and the shell's `host` and
// `dig`: the zone and its look-up (RFC 1034, RFC 1035), the wire format of
// queries and responses, a resolver's cache, and MX routing (RFC 5321 §5.1).
export { hostRecords, isAddress, lookup, recordValue, reverseName, type DnsAnswer, type DnsQuestion, type DnsRecord, type DnsType, type Zone } from './zone';
export { encodeQuery, encodeResponse } from './dns-wire';
export { cached, remember, type DnsCache } from './resolver';
export { mxRoute } from './mx';
