import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateTime, formatReceived, headerAuthors, parseDateTime, parseReceived, traceRoute } from './received';

describe('parseReceived', () => {
  it('reads every clause of RFC 5321 §4.4 and the date after the last ";"', () => {
    const value =
      'from mail.alice.example (mail.alice.example [192.0.2.10]) by mx.bob.example (Postfix) via TCP with ESMTPS id 4Xyz12 for <bob@bob.example>; Tue, 1 Jul 2025 10:00:05 +0200';
    const r = parseReceived(value);
    expect(r.from).toBe('mail.alice.example');
    expect(r.fromInfo).toBe('mail.alice.example [192.0.2.10]');
    expect(r.by).toBe('mx.bob.example');
    expect(r.via).toBe('TCP');
    expect(r.with).toBe('ESMTPS');
    expect(r.id).toBe('4Xyz12');
    expect(r.for).toBe('<bob@bob.example>');
    expect(r.date).toBe('Tue, 1 Jul 2025 10:00:05 +0200');
    expect(r.time).toBe(Date.UTC(2025, 6, 1, 8, 0, 5));
    expect(r.errors).toEqual([]);
    const by = r.clauses.find((c) => c.name === 'by')!;
    expect(value.slice(by.start, by.end)).toBe('by mx.bob.example (Postfix)');
    expect(by.comments).toEqual(['Postfix']);
  });

  it('accepts keywords in any case and a semicolon inside a comment', () => {
    const r = parseReceived('FROM a.example (x; y) BY b.example WITH SMTP; 2 Jan 2024 03:04 GMT');
    expect(r.from).toBe('a.example');
    expect(r.fromInfo).toBe('x; y');
    expect(r.with).toBe('SMTP');
    expect(r.time).toBe(Date.UTC(2024, 0, 2, 3, 4, 0));
  });

  it('keeps a local stamp with only BY (as Gmail and qmail write them)', () => {
    const r = parseReceived('by 2002:a05:6402:1234 with SMTP id abc; Mon, 30 Jun 2025 23:59:59 -0700 (PDT)');
    expect(r.from).toBeUndefined();
    expect(r.by).toBe('2002:a05:6402:1234');
    expect(r.time).toBe(Date.UTC(2025, 6, 1, 6, 59, 59));
    expect(r.errors).toEqual([]);
  });

  it('reports a missing date with its position, and still reads the clauses', () => {
    const value = 'from a by b with SMTP';
    const r = parseReceived(value);
    expect(r.by).toBe('b');
    expect(r.date).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.offset).toBe(value.length);
    expect(r.errors[0]!.message).toMatch(/;/);
  });

  it('reports an unreadable date, a missing BY and stray words, with offsets', () => {
    const value = 'junk from a; yesterday';
    const r = parseReceived(value);
    const messages = r.errors.map((e) => `${e.offset}:${e.message}`);
    expect(messages.some((m) => m.startsWith('0:"junk"'))).toBe(true);
    expect(messages.some((m) => /yesterday/.test(m) && m.startsWith('12:'))).toBe(true);
    expect(messages.some((m) => /No BY/.test(m))).toBe(true);
  });

  it('reports an unclosed comment', () => {
    const r = parseReceived('from a (oops by b; 1 Jan 2024 00:00 +0000');
    expect(r.errors.some((e) => e.offset === 7 && /Comment/.test(e.message))).toBe(true);
  });

  it('never throws and keeps offsets inside the value (fast-check)', () => {
    const alphabet = fc.constantFrom('from ', 'by ', 'with ', 'id ', 'for ', 'via ', '(', ')', '<', '>', '"', ';', ' ', 'a', '1', ':', '+0100', 'Jan ', '\\');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (value) => {
        const r = parseReceived(value);
        for (const c of r.clauses) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(value.length);
        }
        for (const e of r.errors) expect(e.offset).toBeLessThanOrEqual(value.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDateTime', () => {
  it('reads RFC 5322 §3.3 dates and the §4.3 obsolete forms', () => {
    expect(parseDateTime('Fri, 21 Nov 1997 09:55:06 -0600')).toBe(Date.UTC(1997, 10, 21, 15, 55, 6));
    expect(parseDateTime('21 Nov 97 09:55:06 GMT')).toBe(Date.UTC(1997, 10, 21, 9, 55, 6));
    expect(parseDateTime('1 Jan 05 00:00 EST')).toBe(Date.UTC(2005, 0, 1, 5, 0, 0));
    expect(parseDateTime('Thu, 13 Feb 1969 23:32 -0330 (Newfoundland Time)')).toBe(Date.UTC(1969, 1, 14, 3, 2, 0));
    expect(parseDateTime('1 Jan 2024 00:00:00 A')).toBe(Date.UTC(2024, 0, 1));
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', 'yesterday', '32 Jan 2024 00:00 +0000', '1 Foo 2024 00:00 +0000', '1 Jan 2024 25:00 +0000']) {
      expect(parseDateTime(bad)).toBeUndefined();
    }
  });
});

describe('traceRoute', () => {
  const headers = [
    { name: 'Delivered-To', value: 'bob@bob.example' },
    { name: 'Received', value: 'from relay.bob.example by mx.bob.example with ESMTP; 1 Jul 2025 10:00:09 +0000' },
    { name: 'Authentication-Results', value: 'mx.bob.example; spf=pass' },
    { name: 'Received', value: 'from mail.alice.example by relay.bob.example with ESMTP; 1 Jul 2025 09:59:50 +0000' },
    { name: 'Received', value: 'from [192.0.2.7] by mail.alice.example with ESMTPSA; 1 Jul 2025 10:00:00 +0000' },
    { name: 'From', value: 'alice@alice.example' },
    { name: 'Subject', value: 'hi' },
  ];

  it('lists the hops first hop first, with delays and the clock skew where time goes backwards', () => {
    const hops = traceRoute(headers);
    expect(hops.map((h) => h.received.by)).toEqual(['mail.alice.example', 'relay.bob.example', 'mx.bob.example']);
    expect(hops.map((h) => h.header)).toEqual([4, 3, 1]);
    expect(hops[0]!.delay).toBeUndefined();
    expect(hops[1]!.delay).toBe(-10_000);
    expect(hops[1]!.skew).toBe(true);
    expect(hops[2]!.delay).toBe(19_000);
    expect(hops[2]!.skew).toBe(false);
  });

  it('says which headers each hop probably added', () => {
    const hops = traceRoute(headers);
    expect(hops[0]!.added).toEqual([]);
    expect(hops[1]!.added).toEqual([]);
    expect(hops[2]!.added).toEqual([0, 2]);
  });

  it('has no hops without Received: headers, and no delay without dates', () => {
    expect(traceRoute([{ name: 'From', value: 'a@b' }])).toEqual([]);
    const hops = traceRoute([
      { name: 'received', value: 'by b' },
      { name: 'received', value: 'by a; 1 Jan 2024 00:00 +0000' },
    ]);
    expect(hops[1]!.delay).toBeUndefined();
    expect(hops[1]!.skew).toBe(false);
  });
});

describe('formatReceived and formatDateTime', () => {
  it('writes the clauses in RFC 5321 §4.4 order with an RFC 5322 date', () => {
    const value = formatReceived({
      from: 'mail.alice.example',
      fromInfo: 'mail.alice.example [192.0.2.10]',
      by: 'mx.bob.example',
      with: 'ESMTPS',
      id: '4C1D9B20',
      for: 'bob@bob.example',
      time: Date.UTC(2025, 6, 1, 8, 0, 5),
      zone: 120,
    });
    expect(value).toBe(
      'from mail.alice.example (mail.alice.example [192.0.2.10]) by mx.bob.example with ESMTPS id 4C1D9B20 for <bob@bob.example>; Tue, 1 Jul 2025 10:00:05 +0200',
    );
  });

  it('reads back what it writes (fast-check)', () => {
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/);
    fc.assert(
      fc.property(word, word, fc.constantFrom('SMTP', 'ESMTP', 'ESMTPSA', 'LMTP', ''), fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: -720, max: 840 }),
        (from, by, withP, time, zone) => {
          const t = Math.floor(time / 1000) * 1000;
          const r = parseReceived(formatReceived({ from, fromInfo: `${from} [192.0.2.1]`, by, with: withP, id: 'X1', for: 'a@b.example', time: t, zone }));
          expect(r.errors).toEqual([]);
          expect([r.from, r.by, r.with, r.id, r.for]).toEqual([from, by, withP || undefined, 'X1', '<a@b.example>']);
          expect(r.fromInfo).toBe(`${from} [192.0.2.1]`);
          expect(r.time).toBe(t);
        }),
      { numRuns: 300 },
    );
  });
});

describe('formatDateTime', () => {
  it('gives each instant its own date-time however calls follow one another (the last one is remembered)', () => {
    const reference = (time: number, zone: number) => {
      const d = new Date(Math.trunc(time + zone * 60_000));
      const two = (n: number) => String(n).padStart(2, '0');
      const z = Math.abs(zone);
      return `${d.toUTCString().slice(0, 3)}, ${d.getUTCDate()} ${d.toUTCString().slice(8, 11)} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${zone < 0 ? '-' : '+'}${two(Math.floor(z / 60))}${two(z % 60)}`;
    };
    const second = Date.UTC(2026, 10, 25, 9, 44, 44);
    // Within one second, across its edges, before 1970, in other zones, and back.
    const calls: [number, number][] = [
      [second, 0], [second + 999, 0], [second + 1000, 0], [second - 1, 0], [second, 60], [second, -90], [second, 0],
      [-1, 0], [-0.5, 0], [-1000, 0], [-1001, 0], [0, 0], [999.9, 0],
    ];
    for (const [time, zone] of calls) expect(formatDateTime(time, zone), `${time} ${zone}`).toBe(reference(time, zone));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: -720, max: 840 })), { minLength: 1, maxLength: 8 }), (list) => {
        for (const [time, zone] of list) {
          expect(formatDateTime(time, zone)).toBe(reference(time, zone));
          expect(formatDateTime(time + 1, zone)).toBe(reference(time + 1, zone));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('headerAuthors', () => {
  it('names the host that added each field, and the user agent for what lies below the first stamp', () => {
    const labels = headerAuthors([
      { name: 'Return-Path', value: '<alice@alice.example>' },
      { name: 'Received', value: 'from mx1.bob.example by mailhost.bob.example; Wed, 25 Nov 2026 09:00:02 +0000' },
      { name: 'Received', value: 'from ws.alice.example by mail.alice.example; Wed, 25 Nov 2026 09:00:01 +0000' },
      { name: 'From', value: 'alice@alice.example' },
      { name: 'Subject', value: 'hi' },
    ]);
    expect(labels).toEqual([
      'mailhost.bob.example',
      'mailhost.bob.example',
      'mail.alice.example',
      'user agent (ws.alice.example)',
      'user agent (ws.alice.example)',
    ]);
  });

  it('gives every field to the user agent when nothing has stamped the message yet', () => {
    expect(headerAuthors([{ name: 'From', value: 'a@b' }, { name: 'To', value: 'c@d' }])).toEqual(['user agent', 'user agent']);
  });
});
