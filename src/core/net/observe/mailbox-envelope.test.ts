// Issue 10 §3.1: a mailbox copy knows only its own envelope.
import { describe, expect, it } from 'vitest';
import { latin1String } from '../../codec/ascii';
import { mboxEntry, parseMbox } from '../../mbox/index';
import { playScenario, runStep, openScenario, scenarioById } from '../../scenarios/index';
import { mailboxBytes, withDeliveredTo } from '../mta/index';
import { HOSTS } from '../world/index';
import type { Timeline } from '../timeline';
import { mailboxEnvelope } from './mailbox-envelope';

const copies = (tl: Timeline, user: string) => parseMbox(mailboxBytes(tl.world.hosts[HOSTS.mailhost]!, user) ?? new Uint8Array(0)).entries;

describe('a mailbox copy and its envelope', () => {
  const tl = playScenario(scenarioById('envelope-vs-headers')!);

  it('Bob\'s copy of a message with Carol in Bcc names Bob alone: Return-Path and Delivered-To', () => {
    const bob = copies(tl, 'bob')[0]!;
    expect(mailboxEnvelope(bob)).toEqual({ returnPath: 'alice@alice.example', deliveredTo: ['bob@bob.example'] });
    expect(latin1String(bob.content)).not.toMatch(/carol/i);
    expect(latin1String(bob.content)).toMatch(/^Return-Path: <alice@alice\.example>\r\nX-Original-To: bob@bob\.example\r\nDelivered-To: bob@bob\.example\r\nReceived: /);
  });

  it('Carol\'s copy names Carol, and the hand-typed one too, whatever its To: says', () => {
    const [bcc, byHand] = copies(tl, 'carol');
    expect(mailboxEnvelope(bcc!).deliveredTo).toEqual(['carol@bob.example']);
    expect(mailboxEnvelope(byHand!).deliveredTo).toEqual(['carol@bob.example']);
  });

  it('a list expanded by the MX reaches the mailhost as one RCPT a member: each copy names its member', () => {
    const sent = runStep(openScenario(scenarioById('four-mta-journey')!), { type: 'input', input: { type: 'compose', host: HOSTS.ws, draft: { to: ['staff@bob.example'], subject: 'All', text: 'Hi all\n' } } });
    expect(mailboxEnvelope(copies(sent, 'bob')[0]!)).toEqual({ returnPath: 'alice@alice.example', deliveredTo: ['bob@bob.example'] });
    expect(mailboxEnvelope(copies(sent, 'carol')[0]!).deliveredTo).toEqual(['carol@bob.example']);
  });

  it('delivered through a list on the same host, the copy keeps the list address as X-Original-To', () => {
    const content = withDeliveredTo(new TextEncoder().encode('Return-Path: <a@x.example>\r\nSubject: s\r\n\r\nb\r\n'), 'bob', 'staff@bob.example');
    expect(mailboxEnvelope(parseMbox(mboxEntry('a@x.example', 0, content)).entries[0]!)).toEqual({ returnPath: 'a@x.example', deliveredTo: ['bob@bob.example'], originalTo: 'staff@bob.example' });
  });

  it('a bounce\'s copy has the null reverse-path', () => {
    const bounced = playScenario(scenarioById('unknown-user-bounce')!);
    const alice = parseMbox(mailboxBytes(bounced.world.hosts[HOSTS.aliceMta]!, 'alice')!).entries[0]!;
    expect(mailboxEnvelope(alice)).toEqual({ returnPath: '', deliveredTo: ['alice@alice.example'] });
  });
});
