import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fourMtaJourney } from '../scenarios/journeys';
import { deflateRaw, inflateRaw } from '../../ui/share/compression';
import { decodeShare, decodeShareJson, encodeShare, MAX_INFLATED, shareFileText, toBase64Url, tooBigToShare } from './codec';
import { MAX_ACTS } from './validate';
import { checkReplay, replay, sharedInput, startOf, worldInput } from './replay';
import { playgroundShare, worldShare } from './state';
import { HOSTS } from '../net/index';
import type { Scenario } from '../scenarios/types';
import { base64Decode, base64Encode } from '../codec/base64';
import { utf8Bytes } from '../mime/bytes';
import type { SharedAct, SharedInput, WorldShare } from './types';

// Arbitrary sessions: acts of every kind, some given while looking at the past (so the replay branches), on a small world.
const FREE: Scenario = { id: 'free-play', title: 'Free play', goal: 'Type.', focus: HOSTS.ws, world: {}, steps: [] };

const host = fc.constantFrom(HOSTS.ws, HOSTS.aliceMta, HOSTS.mx1, HOSTS.mailhost, 'nowhere.example');
const line = fc.oneof(
  fc.constantFrom('telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: hi', '', '.', 'QUIT', 'host -a bob.example', 'cat /var/mail/bob', '\x03', '\x1d'),
  fc.string({ maxLength: 30 }),
);

const input: fc.Arbitrary<SharedInput> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('shell' as const), host, line, columns: fc.integer({ min: 20, max: 200 }) }, { requiredKeys: ['type', 'host', 'line'] }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('compose' as const),
      host: fc.constant<string>(HOSTS.ws),
      draft: fc.record({
        to: fc.constant(['bob@bob.example']).map((a) => [...a]),
        subject: fc.string({ maxLength: 20 }),
        text: fc.string({ maxLength: 60 }),
        attachments: fc.array(fc.record({ filename: fc.constant('a.bin'), contentType: fc.constant('application/octet-stream'), content: fc.uint8Array({ maxLength: 40 }).map((b) => base64Encode(b)) }), { maxLength: 1 }),
      }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('submit' as const), host: fc.constant<string>(HOSTS.ws), content: fc.string({ maxLength: 40 }).map((s) => base64Encode(utf8Bytes(`From: alice@alice.example\r\nTo: bob@bob.example\r\n\r\n${s}\r\n`))) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('faults' as const), host, faults: fc.record({ down: fc.boolean(), vrfy: fc.constantFrom('answer' as const, 'disabled' as const) }, { requiredKeys: [] }) }) },
);

/** `at` as a fraction of the log so far: mostly the end, sometimes the past. */
const acts: fc.Arbitrary<{ input: SharedInput; back: number }[]> = fc.array(fc.record({ input, back: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(20) }) }), { maxLength: 8 });

/** The store's rule: an act follows the event the person was looking at, here `back` events before the end. */
function placed(plan: { input: SharedInput; back: number }[], logLength: (acts: SharedAct[]) => number): { at: number; input: SharedInput }[] {
  const out: { at: number; input: SharedInput }[] = [];
  for (const p of plan) out.push({ at: Math.max(0, logLength(out) - p.back), input: p.input });
  return out;
}

const LAYERS = { tcp: true, dns: false, smtp: true, delivery: true, ua: true, config: true };

function share(plan: Parameters<typeof placed>[0], start = FREE): WorldShare {
  const shared = placed(plan, (so) => replay(start, 3, so).log.length);
  return worldShare({ start, seed: 3, acts: shared, position: 0, host: start.focus, layers: LAYERS, eavesdropper: true, selected: 2 });
}

async function decoded(hash: string) {
  const out = await decodeShare(hash, inflateRaw);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

describe('share links', () => {
  it('round-trip: encode → decode → replay gives the same log digest, for random sessions', async () => {
    await fc.assert(
      fc.asyncProperty(acts, async (plan) => {
        const s = share(plan);
        const back = await decoded(await encodeShare(s, deflateRaw));
        expect(back).toEqual(s);
        if (back.kind !== 'simulator') throw new Error('kind changed');
        const check = checkReplay(back, FREE);
        expect(check.message).toMatch(/^Replayed exactly/);
        expect(check.exact).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('inputs go to core and back unchanged, bytes included', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(sharedInput(worldInput(i))).toEqual(i);
      }),
    );
  });

  it('a playground state round-trips', async () => {
    const s = playgroundShare('base64', { text: 'VXNlcm5hbWU6', direction: 'decode', charset: 'utf-8', wordEncoding: 'Q' });
    expect(await decoded(await encodeShare(s, deflateRaw))).toEqual(s);
  });

  it('a MIME explorer’s message file round-trips byte for byte, 8-bit and binary included, through the link and the file', async () => {
    const input = { text: '', direction: 'decode' as const, charset: 'utf-8', wordEncoding: 'Q' as const };
    const every = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(every), fc.uint8Array({ maxLength: 300 })), fc.string({ maxLength: 20 }), async (bytes, name) => {
        const s = playgroundShare('mime', input, undefined, { name, content: base64Encode(bytes) });
        for (const back of [await decoded(await encodeShare(s, deflateRaw)), (decodeShareJson(shareFileText(s)) as { value: typeof s }).value]) {
          expect(back).toEqual(s);
          if (back.kind !== 'playground') throw new Error('not a playground state');
          expect(Array.from(base64Decode(back.file!.content).bytes)).toEqual(Array.from(bytes));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a message file whose base64 lost its end or is not base64, naming the field', () => {
    const s = playgroundShare('mime', { text: '', direction: 'decode', charset: 'utf-8', wordEncoding: 'Q' }, undefined, { name: 'm.eml', content: base64Encode(utf8Bytes('Subject: é\r\n\r\n')) });
    for (const content of [s.file!.content.slice(0, -1), 'not base64!', 42]) {
      const out = decodeShareJson(JSON.stringify({ ...s, file: { ...s.file, content } }));
      expect(out.ok ? 'ok' : out.error).toMatchObject({ kind: 'invalid', path: 'file.content' });
    }
    const out = decodeShareJson(JSON.stringify({ ...s, file: { content: s.file!.content } }));
    expect(out.ok ? 'ok' : out.error).toMatchObject({ kind: 'invalid', path: 'file.name' });
  });

  it('says a state is too big to share exactly when its file would pass what a receiver opens', () => {
    const input = { text: '', direction: 'decode' as const, charset: 'utf-8', wordEncoding: 'Q' as const };
    const of = (n: number) => playgroundShare('mime', input, undefined, { name: 'big.eml', content: 'A'.repeat(n) });
    const overhead = shareFileText(of(0)).length;
    // Nearly the most base64 (whole quanta) that fits, and two quanta more.
    const most = Math.floor((MAX_INFLATED - overhead - 1) / 4) * 4;
    const fits = of(most);
    expect(tooBigToShare(fits)).toBeUndefined();
    expect(decodeShareJson(shareFileText(fits)).ok).toBe(true);
    expect(tooBigToShare(of(most + 8))).toEqual({ kind: 'too-big', size: overhead + most + 8, limit: MAX_INFLATED });
    expect(overhead + most + 8).toBeGreaterThan(MAX_INFLATED);
    // Characters past ASCII count as the bytes they take, as the inflater counts them: a file of exactly the bound, then one é in place of an x.
    const slack = MAX_INFLATED - shareFileText(fits).length;
    const exact = { ...fits, input: { ...input, text: 'x'.repeat(slack) } };
    expect(utf8Bytes(shareFileText(exact)).length).toBe(MAX_INFLATED);
    expect(tooBigToShare(exact)).toBeUndefined();
    expect(tooBigToShare({ ...exact, input: { ...input, text: `é${'x'.repeat(slack - 1)}` } })).toMatchObject({ kind: 'too-big', size: MAX_INFLATED + 1 });
  });

  it('a .smtplab.json file opens as its link does', () => {
    const s = share([{ input: { type: 'shell', host: FREE.focus, line: 'help' }, back: 0 }]);
    expect(decodeShareJson(shareFileText(s))).toEqual({ ok: true, value: s });
    const out = decodeShareJson(shareFileText({ ...s, acts: Array.from({ length: MAX_ACTS + 1 }, () => s.acts[0]!) }));
    expect(out.ok ? 'ok' : out.error.message).toMatch(/10001 acts, more than the 10000/);
  });

  it('says where a replay parts and why when the scenario data changed', async () => {
    const s = worldShare({ start: fourMtaJourney, seed: 1, acts: [], position: 0, host: fourMtaJourney.focus, layers: LAYERS, eavesdropper: false });
    const changed = { ...fourMtaJourney, steps: [...fourMtaJourney.steps, { type: 'type' as const, host: fourMtaJourney.focus, lines: ['help'] }] };
    const check = checkReplay(s, changed);
    expect(check.exact).toBe(false);
    if (check.exact) return;
    expect(check.reasons.join()).toMatch(/four-mta|has changed/);
    expect(check.from).toBeGreaterThan(1);
    // The events before `from` really are the same.
    const mine = replay(changed, 1, []).log;
    const theirs = replay(fourMtaJourney, 1, []).log;
    expect(mine.slice(0, check.from - 1)).toEqual(theirs.slice(0, check.from - 1));
  });

  it('names a scenario this build does not have', () => {
    const s = share([]);
    expect(startOf(s, [fourMtaJourney, FREE])).toEqual({ ok: true, value: FREE });
    const out = startOf({ ...s, id: 'from-the-future' }, [fourMtaJourney]);
    expect(out.ok ? 'ok' : out.error.message).toMatch(/scenario "from-the-future", which this SMTP Lab does not have/);
  });

  it('blames another core version when the data is the same', () => {
    const s = share([{ input: { type: 'shell', host: FREE.focus, line: 'help' }, back: 0 }]);
    const check = checkReplay({ ...s, core: '0.0.1', log: { ...s.log, digest: '0000000000000000' } }, FREE);
    expect(check.exact).toBe(false);
    if (!check.exact) expect(check.reasons).toEqual(['it was made with SMTP Lab 0.0.1, and this is 0.1.0']);
  });

  it('random strings decode to an error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `#/s/1.${s}`), fc.uint8Array({ minLength: 1 }).map((b) => `#/s/1.${toBase64Url(b)}`)), async (text) => {
        const out = await decodeShare(text, inflateRaw);
        expect(out.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('tampered and truncated links decode to an error or a valid state, never a throw', async () => {
    const hash = await encodeShare(share([{ input: { type: 'shell', host: FREE.focus, line: 'telnet mx1.bob.example 25' }, back: 0 }]), deflateRaw);
    await fc.assert(
      fc.asyncProperty(fc.nat(hash.length - 1), fc.constantFrom(...'ABCxyz019-_'), fc.boolean(), async (i, c, cut) => {
        const text = cut ? hash.slice(0, i) : hash.slice(0, i) + c + hash.slice(i + 1);
        const out = await decodeShare(text, inflateRaw);
        expect(typeof out.ok).toBe('boolean');
        if (!out.ok) expect(out.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 200 },
    );
  });

  it('any one character changed in a link is caught by its check, never replayed as the sender made it', async () => {
    const hash = await encodeShare(share([{ input: { type: 'shell', host: FREE.focus, line: 'hostname' }, back: 0 }]), deflateRaw);
    const data = hash.indexOf('.') + 1;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: data, max: hash.length - 1 }), fc.constantFrom(...'ABCxyz019-_'), async (i, c) => {
        fc.pre(hash[i] !== c && hash[i] !== '~');
        const out = await decodeShare(hash.slice(0, i) + c + hash.slice(i + 1), inflateRaw);
        expect(out.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    // A link from before the check is still read.
    expect((await decodeShare(hash.slice(0, hash.lastIndexOf('~')), inflateRaw)).ok).toBe(true);
  });

  it('names each kind of bad link', async () => {
    const hash = await encodeShare(share([]), deflateRaw);
    const kind = async (t: string) => {
      const out = await decodeShare(t, inflateRaw);
      return out.ok ? 'ok' : out.error.kind;
    };
    expect(await kind(hash)).toBe('ok');
    expect(await kind(`https://x.example/app/${hash}`)).toBe('ok');
    expect(await kind(` ${hash}\n`)).toBe('ok');
    expect(await kind('#/s/1.')).toBe('truncated');
    for (const cut of [3, 4, 5, 6]) expect(await kind(hash.slice(0, -cut))).toBe('truncated');
    expect(await kind('#/simulator')).toBe('not-a-link');
    expect(await kind(hash.replace('#/s/1.', '#/s/2.'))).toBe('newer-version');
    expect(await kind('#/s/1.!!!')).toBe('garbage');
    expect(await kind(`#/s/1.${toBase64Url(await deflateRaw(new TextEncoder().encode('{"v":1,"core":"x","kind":"simulator"}')))}`)).toBe('invalid');
    expect(await kind(`#/s/1.${toBase64Url(await deflateRaw(new TextEncoder().encode('{"v":9}')))}`)).toBe('newer-version');
    expect(await kind(`#/s/1.${toBase64Url(await deflateRaw(new TextEncoder().encode('{not json')))}`)).toBe('damaged');
  });

  it('refuses a fault named after a member every object has (toString, constructor), as any unknown fault', () => {
    for (const key of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'nonsense']) {
      const state = JSON.parse(shareFileText(share([]))) as { acts: unknown[] };
      state.acts = [{ input: JSON.parse(`{"type":"faults","host":"${HOSTS.mx1}","faults":{"${key}":true}}`) }];
      const out = decodeShareJson(JSON.stringify(state));
      expect(out.ok ? 'accepted' : out.error.message, key).toMatch(/acts\[0\]\.input\.faults\..*: no such fault/);
    }
  });

  it('refuses a link that inflates past the bound, and reads one just under it', async () => {
    const bomb = await deflateRaw(new Uint8Array(MAX_INFLATED + 1).fill(0x20));
    const hash = `#/s/1.${toBase64Url(bomb)}`;
    expect(hash.length).toBeLessThan(10_000);
    const out = await decodeShare(hash, inflateRaw);
    expect(out.ok ? 'ok' : out.error.kind).toBe('too-big');
    const fits = await inflateRaw(await deflateRaw(new Uint8Array(MAX_INFLATED).fill(0x20)), MAX_INFLATED);
    expect(fits.ok && fits.bytes.length).toBe(MAX_INFLATED);
  });
});

describe('versions', () => {
  it('the core version is package.json’s', async () => {
    const pkg = (await import('../../../package.json')).default as { version: string };
    const { CORE_VERSION } = await import('./version');
    expect(CORE_VERSION).toBe(pkg.version);
  });
});
