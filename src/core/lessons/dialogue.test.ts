import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorldEvent } from '../net/index';
import { openScenario, playScenario, runStep, scenarioById, type ScenarioStep } from '../scenarios/index';
import { AUTH_LINE, CONTENT, GREETING, type Check } from './check';
import { evaluateCheck } from './evaluate';
import { viewOf } from './view';
import { dialogueOf, exchanges } from './dialogue';

const enc = new TextEncoder();
let seq = 0;
const ev = (from: string, to: string, kind: string, text = '', layer: WorldEvent['layer'] = 'smtp'): WorldEvent => ({ seq: ++seq, time: 0, from, to, layer, kind, bytes: enc.encode(text), ranges: [], summary: '', explanation: '', rfc: '', connection: 'c1' });
const C = (t: string) => ev('client.example', 'server.example', 'segment', t);
const S = (t: string) => ev('server.example', 'client.example', 'segment', t);
const open = () => {
  seq = 0;
  return ev('client.example', 'server.example', 'syn', '', 'tcp');
};
const shape = (log: WorldEvent[]) => exchanges(dialogueOf(log)).map((e) => [e.command, e.argument, e.reply?.code, e.reply?.enhanced, e.content?.join('|')]);

describe('the dialogue rebuilt from the wire', () => {
  it('splits pipelined replies and pairs each with its command, in order (RFC 2920 §3)', () => {
    const log = [open(), S('220 server.example ESMTP\r\n'), C('EHLO client.example\r\n'), S('250-server.example\r\n250-PIPELINING\r\n250 SIZE 1000\r\n'), C('MAIL FROM:<a@client.example>\r\nRCPT TO:<b@server.example>\r\nRCPT TO:<nobody@server.example>\r\nDATA\r\n'), S('250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 <nobody@server.example>: unknown\r\n354 go ahead\r\n'), C('Subject: hi\r\n\r\n..dot\r\n.\r\n'), S('250 2.0.0 Ok: queued as 12345\r\n'), C('QUIT\r\n'), S('221 2.0.0 Bye\r\n')];
    expect(shape(log)).toEqual([
      [GREETING, '', 220, undefined, undefined],
      ['EHLO', 'client.example', 250, undefined, undefined],
      ['MAIL', '<a@client.example>', 250, '2.1.0', undefined],
      ['RCPT', '<b@server.example>', 250, '2.1.5', undefined],
      ['RCPT', '<nobody@server.example>', 550, '5.1.1', undefined],
      ['DATA', '', 354, undefined, undefined],
      [CONTENT, '', 250, '2.0.0', 'Subject: hi||.dot'],
      ['QUIT', '', 221, '2.0.0', undefined],
    ]);
    const all = exchanges(dialogueOf(log));
    expect(all[4]!.replyAt).toBe(all[3]!.replyAt);
    expect(all[4]!.replySub).toBe(all[3]!.replySub! + 1);
  });

  it('reads lines sent after DATA before its 354 as content, as the server does', () => {
    const log = [open(), S('220 s\r\n'), C('HELO c\r\n'), S('250 s\r\n'), C('MAIL FROM:<a@c>\r\n'), S('250 ok\r\n'), C('RCPT TO:<b@s>\r\n'), S('250 ok\r\n'), C('DATA\r\nSubject: early\r\n'), S('354 go\r\n'), C('\r\nbody\r\n.\r\n'), S('250 queued\r\n')];
    expect(shape(log).slice(-2)).toEqual([
      ['DATA', '', 354, undefined, undefined],
      [CONTENT, '', 250, undefined, 'Subject: early||body'],
    ]);
  });

  it('a refused DATA leaves the next lines commands', () => {
    const log = [open(), S('220 s\r\n'), C('DATA\r\nNOOP\r\n'), S('503 5.5.1 Error: need RCPT command\r\n250 2.0.0 Ok\r\n')];
    expect(shape(log).map((x) => x[0])).toEqual([GREETING, 'DATA', 'NOOP']);
  });

  it('reads the lines after a 334 as answers to AUTH (RFC 4954 §4)', () => {
    const log = [open(), S('220 s\r\n'), C('AUTH LOGIN\r\n'), S('334 VXNlcm5hbWU6\r\n'), C('YWxpY2U=\r\n'), S('334 UGFzc3dvcmQ6\r\n'), C('d29uZGVybGFuZA==\r\n'), S('235 2.7.0 Authentication successful\r\n'), C('MAIL FROM:<a@c>\r\n'), S('250 2.1.0 Ok\r\n')];
    expect(shape(log).map((x) => [x[0], x[2]])).toEqual([[GREETING, 220], ['AUTH', 334], [AUTH_LINE, 334], [AUTH_LINE, 235], ['MAIL', 250]]);
  });

  it('joins replies and commands cut anywhere by TCP', () => {
    const log = [open(), S('22'), S('0 s\r\n'), C('HE'), C('LO c\r'), C('\n'), S('250-s\r\n250'), S(' HELP\r\n')];
    expect(shape(log)).toEqual([
      [GREETING, '', 220, undefined, undefined],
      ['HELO', 'c', 250, undefined, undefined],
    ]);
  });

  it('reads a line with a bare CR in it as text (fast-check found it throwing)', () => {
    seq = 0;
    const log = [open(), { ...S(''), bytes: Uint8Array.from([32, 13]) }, { ...S(''), bytes: Uint8Array.from([0, 10]) }];
    expect(() => exchanges(dialogueOf(log))).not.toThrow();
  });

  it('never throws on random bytes from either side', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 80 })), { maxLength: 30 }), (chunks) => {
        seq = 0;
        const log = [open(), ...chunks.map(([client, bytes]) => ({ ...(client ? C('') : S('')), bytes }))];
        expect(Array.isArray(exchanges(dialogueOf(log)))).toBe(true);
      }),
    );
  });
});

describe('the dialogue does not depend on how typed lines are chunked', () => {
  const WS = 'ws.alice.example';
  const POOL = ['HELO ws.alice.example', 'EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'RCPT TO:<nobody@bob.example>', 'RCPT TO:<carol@bob.example>', 'RSET', 'NOOP', 'VRFY bob', 'EXPN staff', 'HELP'];
  const CHECKS: Check[] = [
    { type: 'reply', server: 'mx1.bob.example', command: 'RCPT', argument: '<bob@bob.example>', code: 250 },
    { type: 'reply', command: 'RCPT', code: 550, enhanced: '5.1.1' },
    { type: 'then', sameConnection: true, of: [{ type: 'reply', command: 'MAIL', code: 250 }, { type: 'reply', command: 'DATA', code: 354 }, { type: 'reply', command: CONTENT, code: 250 }] },
    { type: 'all', of: [{ type: 'reply', command: 'VRFY', code: 250 }, { type: 'reply', command: 'EXPN', text: 'carol' }] },
    { type: 'not', check: { type: 'reply', command: 'HELO', code: 503 } },
    { type: 'mbox', host: 'mailhost.bob.example', user: 'bob', message: { body: { text: '^\\.dot', regex: true } } },
  ];
  const played = (steps: ScenarioStep[]) => steps.reduce(runStep, openScenario(scenarioById('helo-by-hand')!));
  const projection = (steps: ScenarioStep[]) => exchanges(dialogueOf(played(steps).log)).filter((e) => e.client === WS).map((e) => `${e.command} ${e.argument} → ${e.reply?.code} ${e.reply?.enhanced ?? ''} ${e.content?.join('|') ?? ''}`);

  it('lines typed one by one, or sent together in one segment, give the same exchanges', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }), (commands, withData, cuts) => {
        const lines = [...commands, ...(withData ? ['MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: chunks', '', '..dot', '.'] : [])];
        const groups: string[] = [];
        for (let i = 0, k = 0; i < lines.length; k++) {
          const n = cuts[k % cuts.length]!;
          groups.push(lines.slice(i, i + n).join('\r\n'));
          i += n;
        }
        const one = projection([{ type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', ...lines] }]);
        const chunked = projection([{ type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', ...groups] }]);
        expect(chunked).toEqual(one);
        // And the verdicts: one typed step, one step a line, or lines sent together.
        const verdicts = (steps: ScenarioStep[]) => {
          const view = viewOf(played(steps));
          return CHECKS.map((c) => evaluateCheck(c, view).clauses.map((x) => x.met));
        };
        const asOne = verdicts([{ type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', ...lines] }]);
        expect(verdicts([{ type: 'type', host: WS, lines: ['telnet mx1.bob.example 25'] }, ...lines.map((l): ScenarioStep => ({ type: 'type', host: WS, lines: [l] }))])).toEqual(asOne);
        expect(verdicts([{ type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', ...groups] }])).toEqual(asOne);
      }),
      { numRuns: 25 },
    );
  });

  it('every scenario’s dialogue pairs every command sent with a reply', () => {
    for (const id of ['four-mta-journey', 'relay-auth', 'greylisting', 'esmtp-session', 'rfc821-server']) {
      const all = exchanges(dialogueOf(playScenario(scenarioById(id)!).log));
      expect(all.filter((e) => !e.reply), id).toEqual([]);
    }
  });
});
