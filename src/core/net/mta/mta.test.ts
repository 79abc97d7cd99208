import { describe, expect, it } from 'vitest';
import { HOSTS } from '../world/index';
import { mailboxBytes } from './mailbox';
import { parseMbox } from '../../mbox/index';
import { createWorld } from '../step';
import { input, play, startTimeline, type Timeline } from '../timeline';
import type { WorldChanges } from '../../scenarios/types';
import { scenarioSpec } from '../../scenarios/build';
import type { Faults } from '../world/index';

function send(changes: WorldChanges, draft: { from?: string; to: string[] }, faults: Record<string, Partial<Faults>> = {}): Timeline {
  let tl = startTimeline(createWorld(scenarioSpec(changes), 1));
  for (const [host, f] of Object.entries(faults)) tl = input(tl, { type: 'faults', host, faults: f });
  return play(input(tl, { type: 'compose', host: HOSTS.ws, draft: { ...draft, subject: 'test', text: 'hello\n' } }));
}

const mails = (tl: Timeline, host: string, user: string) => parseMbox(mailboxBytes(tl.world.hosts[host]!, user) ?? new Uint8Array(0)).entries;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('MTA routing and failure', () => {
  it('a domain without MX falls back to its A record (RFC 5321 §5.1)', () => {
    const tl = send({ records: [{ type: 'A', name: 'plain.example', ttl: 3600, address: '198.51.100.30' }] }, { to: ['bob@plain.example'] });
    const mx = tl.log.find((e) => e.kind === 'answer' && e.summary.startsWith('MX plain.example'))!;
    expect(mx.summary).toContain('has no MX record');
    const syn = tl.log.find((e) => e.kind === 'syn' && e.from === HOSTS.aliceRelay)!;
    expect(syn.to).toBe(HOSTS.mailhost);
  });

  it('never bounces a bounce: a DSN that cannot be delivered is dropped', () => {
    const tl = send({ records: [{ type: 'MX', name: 'nomail.example', ttl: 3600, preference: 0, exchange: '.' }] }, { from: 'ghost@nomail.example', to: ['nobody@bob.example'] });
    const kinds = tl.log.filter((e) => e.layer === 'delivery').map((e) => e.kind);
    expect(kinds.filter((k) => k === 'bounce')).toHaveLength(1);
    const dropped = tl.log.find((e) => e.kind === 'bounce-dropped')!;
    expect(dropped.explanation).toMatch(/reverse-path is <>/);
    expect(tl.world.agenda).toHaveLength(0);
  });

  it('a full mailbox defers with 452 4.2.2 and the queue keeps retrying, then bounces', () => {
    const tl = send({}, { to: ['bob@bob.example'] }, { [HOSTS.mailhost]: { mailboxFull: ['bob'] } });
    expect(tl.log.some((e) => e.kind === 'segment' && text(e.bytes).includes('452 4.2.2 <bob@bob.example>: Recipient address rejected: Mailbox full'))).toBe(true);
    const id = tl.log.find((e) => e.kind === 'compose')!.messageId;
    const runs = tl.log.filter((e) => e.kind === 'queue-run' && e.from === HOSTS.mx1 && e.messageId === id);
    expect(runs.length).toBe(5);
    expect(mails(tl, HOSTS.mailhost, 'bob')).toHaveLength(0);
    const bounce = text(mails(tl, HOSTS.aliceMta, 'alice')[0]!.content);
    expect(bounce).toContain('Reporting-MTA: dns; mx1.bob.example');
    expect(bounce).toContain('452 4.2.2');
  });

  it('relay denied: the MX refuses another domain, and the relay bounces to the sender', () => {
    const tl = send({}, { to: ['bob@bob.example'] }, { [HOSTS.aliceRelay]: { relayDenied: true } });
    expect(tl.log.some((e) => e.kind === 'segment' && /5\.7\.1 <bob@bob\.example>: Relay access denied/.test(text(e.bytes)))).toBe(true);
    expect(text(mails(tl, HOSTS.aliceMta, 'alice')[0]!.content)).toContain('Status: 5.7.1');
  });

  it('a message to two domains is split into one queue entry per next hop', () => {
    const tl = send({}, { to: ['bob@bob.example', 'alice@alice.example'] });
    expect(mails(tl, HOSTS.mailhost, 'bob')).toHaveLength(1);
    expect(mails(tl, HOSTS.aliceMta, 'alice')).toHaveLength(1);
  });
});

describe('the user agent', () => {
  it('leaves out an address with a line break instead of letting it inject a RCPT', () => {
    const tl = send({}, { to: ['bob@bob.example\r\nRCPT TO:<carol@bob.example>'] });
    expect(tl.log.some((e) => e.kind === 'segment' && /RCPT TO:<carol/.test(text(e.bytes)))).toBe(false);
    expect(mails(tl, HOSTS.mailhost, 'carol')).toHaveLength(0);
  });
});
