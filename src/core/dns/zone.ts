// The DNS data of the simulated Internet: one authoritative zone (held by
// ns.example) with the record types mail routing needs. RFC 1035 §3.3 for
// A, MX and PTR; RFC 7505 for the null MX; RFC 2308 for negative answers.

export type DnsType = 'A' | 'MX' | 'PTR';

export type DnsRecord =
  | { type: 'A'; name: string; ttl: number; address: string }
  | { type: 'MX'; name: string; ttl: number; preference: number; exchange: string }
  | { type: 'PTR'; name: string; ttl: number; target: string };

export type Zone = { records: DnsRecord[]; /** RFC 2308 §5: how long a negative answer may be cached. */ negativeTtl: number };

export type DnsQuestion = { name: string; type: DnsType };

export type DnsAnswer = {
  /** NXDOMAIN when the name has no record of any type (RFC 1035 §4.1.1, RCODE 3). */
  rcode: 'NOERROR' | 'NXDOMAIN';
  answers: DnsRecord[];
  /** Addresses of MX exchanges in the zone, as servers add them (RFC 1035 §3.7, RFC 5321 §5.1). */
  additional: DnsRecord[];
};

/** Names compare case-insensitively and without the root's trailing dot (RFC 4343). */
export function normalName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The in-addr.arpa name of an IPv4 address (RFC 1035 §3.5), or undefined if it is not one. */
export function reverseName(address: string): string | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return `${parts.reverse().join('.')}.in-addr.arpa`;
}

/** True if the text is a dotted-quad IPv4 address. */
export function isAddress(text: string): boolean {
  return reverseName(text) !== undefined;
}

export function recordValue(r: DnsRecord): string {
  if (r.type === 'A') return r.address;
  if (r.type === 'MX') return `${r.preference} ${r.exchange}`;
  return r.target;
}

/** The authoritative answer to one question. */
export function lookup(zone: Zone, question: DnsQuestion): DnsAnswer {
  const name = normalName(question.name);
  const named = zone.records.filter((r) => normalName(r.name) === name);
  if (named.length === 0) return { rcode: 'NXDOMAIN', answers: [], additional: [] };
  const answers = named.filter((r) => r.type === question.type);
  const additional: DnsRecord[] = [];
  for (const r of answers) {
    if (r.type !== 'MX' || r.exchange === '') continue;
    for (const a of zone.records) if (a.type === 'A' && normalName(a.name) === normalName(r.exchange)) additional.push(a);
  }
  return { rcode: 'NOERROR', answers, additional };
}

/** The zone with the A (and PTR) records of one host, as `useradd`-like tools of DNS admins would add. */
export function hostRecords(name: string, address: string, ttl = 3600): DnsRecord[] {
  const ptr = reverseName(address);
  return [{ type: 'A', name, ttl, address }, ...(ptr ? [{ type: 'PTR' as const, name: ptr, ttl, target: name }] : [])];
}
