import { describe, expect, it } from 'vitest';
import { parseMessage } from '../mime/parse';
import { parseReceived } from '../mime/received';
import { defaultWorldSpec, HOSTS } from './world/index';
import { eventJson, type WorldEvent } from './world/index';
import { mailboxBytes } from './mta/index';
import { parseMbox } from '../mbox/index';
import { createWorld, step } from './step';
import { input, play, seek, startTimeline, truncate, SNAPSHOT_EVERY, type Timeline } from './timeline';

const hello = { to: ['Bob <bob@bob.example>'], subject: 'Lunch?', text: 'Hi Bob\n' };

function journey(seed = 1, faults: Record<string, object> = {}): Timeline {
  let tl = startTimeline(createWorld(defaultWorldSpec(), seed));
  for (const [host, f] of Object.entries(faults)) tl = input(tl, { type: 'faults', host, faults: f });
  tl = input(tl, { type: 'compose', host: HOSTS.ws, draft: hello });
  return play(tl);
}

const serialise = (log: readonly WorldEvent[]) => log.map(eventJson).join('\n');

function bobsMail(tl: Timeline) {
  return parseMbox(mailboxBytes(tl.world.hosts[HOSTS.mailhost]!, 'bob')!).entries;
}

describe('the four-MTA journey', () => {
  const tl = journey();

  it('looks up the MX of bob.example and tries MX 10 first', () => {
    const answer = tl.log.find((e) => e.layer === 'dns' && e.kind === 'answer' && e.summary.startsWith('MX bob.example'));
    expect(answer?.to).toBe(HOSTS.aliceRelay);
    const firstSyn = tl.log.find((e) => e.kind === 'syn' && e.from === HOSTS.aliceRelay);
    expect(firstSyn?.to).toBe(HOSTS.mx1);
    expect(firstSyn!.seq).toBeGreaterThan(answer!.seq);
  });

  it('does the three-way handshake before the 220', () => {
    const conn = tl.log.find((e) => e.kind === 'syn')!.connection;
    const kinds = tl.log.filter((e) => e.connection === conn).map((e) => e.kind);
    expect(kinds.slice(0, 4)).toEqual(['syn', 'syn-ack', 'ack', 'segment']);
    const greeting = tl.log.find((e) => e.connection === conn && e.kind === 'segment')!;
    expect(new TextDecoder().decode(greeting.bytes)).toMatch(/^220 /);
    expect(kinds.slice(-2)).toEqual(['fin', 'fin']);
  });

  it('delivers one message whose Received: headers name every hop in order', () => {
    const entries = bobsMail(tl);
    expect(entries).toHaveLength(1);
    const msg = parseMessage(entries[0]!.content);
    expect(msg.root.headers[0]!.name).toBe('Return-Path');
    const hops = msg.root.headers.filter((h) => h.name.toLowerCase() === 'received').map((h) => parseReceived(h.value));
    // The newest is on top: read bottom-up, the message went ws → mail → relay → mx1 → mailhost.
    expect(hops.map((h) => `${h.from} > ${h.by}`).reverse()).toEqual([
      `${HOSTS.ws} > ${HOSTS.aliceMta}`,
      `${HOSTS.aliceMta} > ${HOSTS.aliceRelay}`,
      `${HOSTS.aliceRelay} > ${HOSTS.mx1}`,
      `${HOSTS.mx1} > ${HOSTS.mailhost}`,
    ]);
    expect(msg.root.headers.find((h) => h.name === 'Subject')?.value).toBe('Lunch?');
  });

  it('tags envelope, header and body bytes and ties events to the message', () => {
    const data = tl.log.find((e) => e.kind === 'segment' && e.ranges.some((r) => r.part === 'body'))!;
    const text = new TextDecoder().decode(data.bytes);
    const header = data.ranges.find((r) => r.part === 'header')!;
    expect(text.slice(header.start, header.end)).toMatch(/^(Received|From):/);
    const env = tl.log.find((e) => e.ranges.some((r) => r.part === 'envelope'))!;
    const r = env.ranges.find((x) => x.part === 'envelope')!;
    expect(new TextDecoder().decode(env.bytes.subarray(r.start, r.end))).toMatch(/^MAIL FROM:<alice@alice.example>/);
    const id = tl.log[0]!.messageId;
    expect(id).toMatch(/^<.+@ws\.alice\.example>$/);
    expect(tl.log.filter((e) => e.messageId === id && e.kind === 'append')).toHaveLength(1);
  });

  it('gives every event the fields the views need, in order', () => {
    tl.log.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.time).toBeGreaterThanOrEqual(tl.log[i - 1]!.time);
      expect(e.explanation.length).toBeGreaterThan(10);
      expect(e.rfc).toMatch(/^RFC \d+/);
    });
    expect(new Set(tl.log.map((e) => e.layer))).toEqual(new Set(['ua', 'dns', 'tcp', 'smtp', 'delivery']));
  });
});

describe('determinism and seeking', () => {
  it('same seed, same inputs: the same log byte for byte', () => {
    expect(serialise(journey(7).log)).toBe(serialise(journey(7).log));
  });

  it('another seed moves the jitter, not the story', () => {
    const a = journey(1);
    const b = journey(2);
    expect(serialise(a.log)).not.toBe(serialise(b.log));
    // Jitter may interleave concurrent connections differently, but the same things happen.
    expect(a.log.map((e) => e.kind).sort()).toEqual(b.log.map((e) => e.kind).sort());
    expect(bobsMail(a).length).toBe(bobsMail(b).length);
  });

  it('seek(n) then playing on gives the same log as playing straight through', () => {
    const straight = journey(3);
    // From event 1 on (the compose input) everything else is the world's own doing.
    for (const n of [1, 5, SNAPSHOT_EVERY - 1, SNAPSHOT_EVERY, straight.log.length - 3]) {
      const world = seek(straight, n);
      expect(world.seq).toBe(n);
      const rest: WorldEvent[] = [];
      for (let s = step(world); s; s = step(s.world)) rest.push(s.event);
      expect(serialise([...straight.log.slice(0, n), ...rest])).toBe(serialise(straight.log));
    }
  });

  it('seeking on from a world the timeline passed through gives the same world as seeking from a snapshot', () => {
    const tl = journey(3);
    const last = tl.log.length;
    for (const [from, to] of [[0, 1], [5, 6], [SNAPSHOT_EVERY - 2, SNAPSHOT_EVERY + 3], [3, last], [last - 1, 2], [last, last]] as const) {
      const world = seek(tl, to, seek(tl, from));
      expect(world.seq).toBe(to);
      expect(world).toEqual(seek(tl, to));
    }
  });

  it('seeking back replays the inputs too, and truncating lets a new branch start there', () => {
    const tl = journey(4, { [HOSTS.mx1]: { down: true } });
    expect(seek(tl, 1).hosts[HOSTS.mx1]!.faults.down).toBe(true);
    expect(seek(tl, 0).hosts[HOSTS.mx1]!.faults.down).toBe(false);
    const cut = truncate(tl, 2);
    expect(cut.log).toHaveLength(2);
    expect(cut.world.seq).toBe(2);
    const again = play(cut);
    expect(serialise(again.log)).toBe(serialise(tl.log));
  });
});

describe('faults', () => {
  it('a host that is down never answers: time-out, then the backup MX', () => {
    const tl = journey(1, { [HOSTS.mx1]: { down: true } });
    const timeout = tl.log.find((e) => e.kind === 'timeout')!;
    expect(timeout.summary).toContain('mx1.bob.example');
    const next = tl.log.find((e) => e.kind === 'syn' && e.seq > timeout.seq)!;
    expect(next.to).toBe(HOSTS.mx2);
    expect(next.time - timeout.time).toBeLessThan(1000);
    expect(bobsMail(tl)).toHaveLength(1);
  });

  it('both MXs down: the message waits in the queue with its reason', () => {
    const tl = journey(1, { [HOSTS.mx1]: { down: true }, [HOSTS.mx2]: { down: true } });
    const retry = tl.log.find((e) => e.kind === 'queue-run' && e.summary.includes('(attempt 2)'))!;
    const waiting = seek(tl, retry.seq - 1).hosts[HOSTS.aliceRelay]!.queue[0]!;
    expect(waiting.state).toBe('deferred');
    expect(waiting.reason).toMatch(/mx2\.bob\.example.*Connection timed out/);
    expect(retry.time - tl.log.find((e) => e.kind === 'timeout')!.time).toBeGreaterThanOrEqual(300_000 - 40_000);
    // Retries run out after the last back-off, and Alice gets the bounce.
    const alice = parseMbox(mailboxBytes(tl.world.hosts[HOSTS.aliceMta]!, 'alice')!).entries;
    expect(alice).toHaveLength(1);
    expect(new TextDecoder().decode(alice[0]!.content)).toMatch(/Status: 4\.4\.7/);
    const id = tl.log.find((e) => e.kind === 'compose')!.messageId;
    const runs = tl.log.filter((e) => e.kind === 'queue-run' && e.from === HOSTS.aliceRelay && e.messageId === id);
    expect(runs.length).toBe(5);
  });

  it('a port without a listener answers with a reset', () => {
    let tl = startTimeline(createWorld(defaultWorldSpec(), 1));
    tl = play(input(tl, { type: 'shell', host: HOSTS.ws, line: 'telnet ns.example 25' }));
    expect(tl.log.some((e) => e.kind === 'rst')).toBe(true);
    expect(tl.world.hosts[HOSTS.ws]!.shell.screen).toContain('telnet: Unable to connect to remote host: Connection refused');
  });
});

describe('the event log ties DNS to the message', () => {
  it('the MX look-up made to route a message carries its Message-ID', () => {
    const tl = journey();
    const id = tl.log[0]!.messageId;
    const mx = tl.log.filter((e) => e.layer === 'dns' && e.summary.includes('bob.example') && e.summary.startsWith('MX'));
    expect(mx.map((e) => e.messageId)).toEqual([id, id]);
    expect(tl.log.filter((e) => e.kind === 'query').every((e) => e.messageId === id)).toBe(true);
  });
});
