// A host's stub resolver cache: answers are kept for their TTL (RFC 1035
// §3.2.1), negative answers for the zone's negative TTL (RFC 2308 §5), and
// the additional-section addresses an MX answer brings are kept too, so the
// next A question for an exchange needs no round trip.
import { normalName, type DnsAnswer, type DnsQuestion, type DnsRecord } from './zone';

export type CacheEntry = { answer: DnsAnswer; expires: number };
export type DnsCache = Readonly<Record<string, CacheEntry>>;

function cacheKey(q: DnsQuestion): string {
  return `${normalName(q.name)}/${q.type}`;
}

/** The cached answer, if it has not expired at `now`. */
export function cached(cache: DnsCache, q: DnsQuestion, now: number): DnsAnswer | undefined {
  const hit = cache[cacheKey(q)];
  return hit && hit.expires > now ? hit.answer : undefined;
}

function ttlOf(answer: DnsAnswer, negativeTtl: number): number {
  if (answer.answers.length === 0) return negativeTtl;
  return answer.answers.reduce((min, r) => Math.min(min, r.ttl), Infinity);
}

/** The cache after an answer arrives at `now`, expired entries dropped. */
export function remember(cache: DnsCache, q: DnsQuestion, answer: DnsAnswer, now: number, negativeTtl: number): DnsCache {
  const next: Record<string, CacheEntry> = {};
  for (const [k, v] of Object.entries(cache)) if (v.expires > now) next[k] = v;
  next[cacheKey(q)] = { answer, expires: now + ttlOf(answer, negativeTtl) * 1000 };
  const byName = new Map<string, DnsRecord[]>();
  for (const r of answer.additional) byName.set(normalName(r.name), [...(byName.get(normalName(r.name)) ?? []), r]);
  for (const [name, records] of byName) {
    next[cacheKey({ name, type: 'A' })] = { answer: { rcode: 'NOERROR', answers: records, additional: [] }, expires: now + ttlOf({ rcode: 'NOERROR', answers: records, additional: [] }, negativeTtl) * 1000 };
  }
  return next;
}
