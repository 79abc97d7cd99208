import { describe, expect, it } from 'vitest';
import { encodeQuery, encodeResponse } from './dns-wire';
import { mxRoute } from './mx';
import { nextRandom, seedRandom, type RandomState } from '../net/world/index';

function source(seed: number): () => number {
  let s: RandomState = seedRandom(seed);
  return () => {
    const r = nextRandom(s);
    s = r.state;
    return r.value;
  };
}
import { cached, remember } from './resolver';
import { hostRecords, lookup, reverseName, type Zone } from './zone';

const zone: Zone = {
  negativeTtl: 300,
  records: [
    { type: 'MX', name: 'bob.example', ttl: 3600, preference: 20, exchange: 'mx2.bob.example' },
    { type: 'MX', name: 'bob.example', ttl: 3600, preference: 10, exchange: 'mx1.bob.example' },
    ...hostRecords('mx1.bob.example', '198.51.100.25'),
    ...hostRecords('mx2.bob.example', '198.51.100.26'),
    ...hostRecords('plain.example', '203.0.113.9'),
    { type: 'MX', name: 'nomail.example', ttl: 3600, preference: 0, exchange: '.' },
    { type: 'MX', name: 'equal.example', ttl: 60, preference: 5, exchange: 'a.equal.example' },
    { type: 'MX', name: 'equal.example', ttl: 60, preference: 5, exchange: 'b.equal.example' },
  ],
};

describe('zone', () => {
  it('answers A, MX with the exchanges addresses in the additional section, and PTR', () => {
    expect(lookup(zone, { name: 'MX1.Bob.Example.', type: 'A' }).answers).toEqual([{ type: 'A', name: 'mx1.bob.example', ttl: 3600, address: '198.51.100.25' }]);
    const mx = lookup(zone, { name: 'bob.example', type: 'MX' });
    expect(mx.answers.map((r) => r.type === 'MX' && r.preference)).toEqual([20, 10]);
    expect(mx.additional.map((r) => r.type === 'A' && r.address)).toEqual(['198.51.100.26', '198.51.100.25']);
    expect(lookup(zone, { name: reverseName('198.51.100.26')!, type: 'PTR' }).answers[0]).toMatchObject({ target: 'mx2.bob.example' });
  });

  it('tells NXDOMAIN from a name without that type', () => {
    expect(lookup(zone, { name: 'nowhere.example', type: 'A' }).rcode).toBe('NXDOMAIN');
    const nodata = lookup(zone, { name: 'plain.example', type: 'MX' });
    expect(nodata.rcode).toBe('NOERROR');
    expect(nodata.answers).toEqual([]);
  });

  it('reverse names only for IPv4 addresses', () => {
    expect(reverseName('192.0.2.25')).toBe('25.2.0.192.in-addr.arpa');
    expect(reverseName('192.0.2')).toBeUndefined();
    expect(reverseName('300.0.2.1')).toBeUndefined();
    expect(reverseName('mx1.bob.example')).toBeUndefined();
  });
});

describe('MX routing (RFC 5321 §5.1, RFC 7505)', () => {
  const route = (domain: string) => mxRoute(domain, lookup(zone, { name: domain, type: 'MX' }), source(1));

  it('lowest preference first, with addresses', () => {
    expect(route('bob.example')).toEqual({
      kind: 'mx',
      targets: [
        { exchange: 'mx1.bob.example', preference: 10, address: '198.51.100.25' },
        { exchange: 'mx2.bob.example', preference: 20, address: '198.51.100.26' },
      ],
    });
  });

  it('no MX falls back to the A record; null MX and no domain say so', () => {
    expect(route('plain.example')).toEqual({ kind: 'implicit', targets: [{ exchange: 'plain.example', preference: 0 }] });
    expect(route('nomail.example')).toEqual({ kind: 'null-mx' });
    expect(route('nowhere.example')).toEqual({ kind: 'no-domain' });
  });

  it('equal preferences are ordered by the seed', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const r = mxRoute('equal.example', lookup(zone, { name: 'equal.example', type: 'MX' }), source(seed));
      if (r.kind === 'mx') orders.add(r.targets.map((t) => t.exchange).join());
    }
    expect(orders.size).toBe(2);
  });
});

describe('resolver cache', () => {
  it('keeps answers for their TTL and the additional addresses too', () => {
    const q = { name: 'bob.example', type: 'MX' as const };
    const answer = lookup(zone, q);
    const c = remember({}, q, answer, 1000, 300);
    expect(cached(c, q, 1000 + 3599_000)).toEqual(answer);
    expect(cached(c, q, 1000 + 3600_000)).toBeUndefined();
    expect(cached(c, { name: 'mx2.bob.example', type: 'A' }, 2000)?.answers[0]).toMatchObject({ address: '198.51.100.26' });
  });

  it('keeps negative answers for the negative TTL', () => {
    const q = { name: 'nowhere.example', type: 'A' as const };
    const c = remember({}, q, lookup(zone, q), 0, 300);
    expect(cached(c, q, 299_999)?.rcode).toBe('NXDOMAIN');
    expect(cached(c, q, 300_000)).toBeUndefined();
  });
});

describe('DNS wire format (RFC 1035 §4.1)', () => {
  it('encodes a query', () => {
    const bytes = encodeQuery(0x1234, { name: 'bob.example', type: 'MX' });
    expect([...bytes]).toEqual([0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 98, 111, 98, 7, 101, 120, 97, 109, 112, 108, 101, 0, 0, 15, 0, 1]);
  });

  it('encodes an answer with counts and rdata', () => {
    const q = { name: 'mx1.bob.example', type: 'A' as const };
    const bytes = encodeResponse(7, q, lookup(zone, q));
    expect(bytes[3]).toBe(0x00);
    expect(bytes[7]).toBe(1);
    expect([...bytes.slice(-4)]).toEqual([198, 51, 100, 25]);
    const nx = encodeResponse(7, { name: 'x.example', type: 'A' }, lookup(zone, { name: 'x.example', type: 'A' }));
    expect(nx[3]! & 0x0f).toBe(3);
  });
});
