import { describe, expect, it } from 'vitest';
import { HOSTS, observe, type Timeline } from '../../net/index';
import type { ScenarioStep } from '../../scenarios/index';
import { faults, typed, WS } from '../curriculum/common';
import { playSteps } from '../start';
import { CHALLENGES, challengeById } from './catalogue/index';
import { challengeResult, challengeRules, challengeStart, parSolution, type ChallengeResult } from './result';
import { SCORE_KINDS, type Challenge, type ParVerdict } from './types';
import { validateChallenge } from './validate-challenge';

const IDS = ['one-data-two-people', 'relay-fewest-lines', 'fewest-round-trips', 'bounce-on-purpose', 'mx1-down-no-mail', 'e-acute-subject', 'staff-without-vrfy', 'seven-bit-hop', 'greylisted', 'eavesdropper-learns-nothing'];

/** The steps played on the challenge's start, with the challenge's own outside inputs (its answers) after them. */
function attempt(ch: Challenge, steps: readonly ScenarioStep[], answers = ch.outside?.answers ?? []): { tl: Timeline; result: ChallengeResult } {
  const tl = playSteps(challengeStart(ch), steps);
  const at = tl.world.seq;
  return { tl, result: challengeResult(ch, tl, { answers: answers.map((a) => ({ ...a, at })) }) };
}

const get = (id: string) => challengeById(id)!;
const telnet = (host: string, ...lines: string[]) => typed(WS, `telnet ${host} 25`, ...lines);
const MX1 = 'mx1.bob.example';
const LOCAL = 'mail.alice.example';
const FROM = 'MAIL FROM:<alice@alice.example>';
const TO_BOB = 'RCPT TO:<bob@bob.example>';

describe('the built-in challenges', () => {
  it('are the ten of issue 16, with unique ids, valid data that survives a JSON round trip', () => {
    expect(CHALLENGES.map((c) => c.id)).toEqual(IDS);
    for (const c of CHALLENGES) {
      expect(validateChallenge(c).errors, c.id).toEqual([]);
      expect(validateChallenge(JSON.parse(JSON.stringify(c))).ok, c.id).toBe(true);
    }
  });

  it('score every kind of scores.ts', () => {
    expect(new Set(CHALLENGES.map((c) => c.score.kind))).toEqual(new Set(SCORE_KINDS));
  });

  it('show their rules up front: the score, par, what is withheld and the time limit', () => {
    expect(challengeRules(get('mx1-down-no-mail'))).toEqual([
      'Score: shell lines of ws.alice.example, fewer is better; par is 2 shell lines. Each line typed at a shell prompt counts, unless it failed; lines typed inside telnet or mail do not.',
      'Withheld: mail, mailx (using them does not meet the goal).',
      'Hidden panels: compose.',
      'A command that fails costs nothing; the lines you type inside telnet are not shell lines.',
    ]);
    expect(challengeRules(get('greylisted'))).toContain('The goal must be met within 10 simulated minutes of the start.');
    expect(challengeRules({ ...get('greylisted'), withinSeconds: 90 })).toContain('The goal must be met within 90 simulated seconds of the start.');
    expect(challengeRules(get('eavesdropper-learns-nothing'))[0]).toMatch(/^Score: shell lines of ws\.alice\.example, fewer is better; par is 1 shell line\. /);
  });
});

for (const ch of CHALLENGES) {
  describe(`challenge ${ch.id}`, () => {
    it('its start does not meet the goal', () => {
      const r = challengeResult(ch, challengeStart(ch), { answers: (ch.outside?.answers ?? []).map((a) => ({ ...a, at: challengeStart(ch).world.seq })) });
      expect(r.met).toBe(false);
      expect(r.verdict).toBe('not-met');
      expect(r.goal.firstUnmet).toBeDefined();
      expect(parSolution(ch, r)).toBeUndefined();
    });

    it('its par solution meets the goal and scores exactly par', () => {
      const { result } = attempt(ch, ch.solution);
      expect(result.goal.firstUnmet, `${result.goal.firstUnmet?.sentence}: ${result.goal.firstUnmet?.why}`).toBeUndefined();
      expect(result).toMatchObject({ met: true, score: ch.par, par: ch.par, verdict: 'at-par' });
      expect(parSolution(ch, result)).toEqual({ solution: ch.solution, parNote: ch.parNote, par: ch.par });
    });

    it('its par solution uses nothing the challenge withholds', () => {
      const inputs = ch.solution.flatMap((s) => (s.type === 'input' ? [s.input.type] : []));
      if (ch.withheldPanels?.includes('compose')) expect(inputs).not.toContain('compose');
      const lines = ch.solution.flatMap((s) => (s.type === 'type' ? s.lines : []));
      for (const c of ch.withheldCommands ?? []) expect(lines.filter((l) => l.trim().split(/\s+/)[0] === c)).toEqual([]);
    });
  });
}

type Attempt = { id: string; what: string; steps: ScenarioStep[]; verdict: ParVerdict; score?: number; answers?: { question: string; answer: string }[] };

// Other ways to play each challenge: better than par, worse, and not meeting the goal, so that a par is not the only score the tests ever see.
const ATTEMPTS: Attempt[] = [
  { id: 'one-data-two-people', what: 'two RCPTs instead of the list', verdict: 'over-par', score: 8, steps: [telnet(MX1, 'HELO ws.alice.example', FROM, TO_BOB, 'RCPT TO:<carol@bob.example>', 'DATA', 'Subject: Lunch', '.', 'QUIT')] },
  { id: 'one-data-two-people', what: 'no QUIT: the message was delivered at the dot', verdict: 'under-par', score: 6, steps: [telnet(MX1, 'HELO ws.alice.example', FROM, 'RCPT TO:<staff@bob.example>', 'DATA', 'Subject: Lunch', '.')] },
  {
    id: 'one-data-two-people',
    what: 'two messages, two DATAs',
    verdict: 'not-met',
    steps: [telnet(MX1, 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: Lunch', '.', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<carol@bob.example>', 'DATA', 'Subject: Lunch', '.', 'QUIT')],
  },
  { id: 'relay-fewest-lines', what: 'AUTH LOGIN, three lines for one', verdict: 'over-par', score: 10, steps: [telnet(MX1, 'EHLO ws.alice.example', 'AUTH LOGIN', 'YWxpY2U=', 'd29uZGVybGFuZA==', FROM, 'RCPT TO:<alice@alice.example>', 'DATA', 'Subject: Relayed', '.', 'QUIT')] },
  { id: 'relay-fewest-lines', what: 'AUTH PLAIN, no QUIT', verdict: 'under-par', score: 7, steps: [telnet(MX1, 'EHLO ws.alice.example', 'AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=', FROM, 'RCPT TO:<alice@alice.example>', 'DATA', 'Subject: Relayed', '.')] },
  { id: 'relay-fewest-lines', what: 'no AUTH: relaying refused', verdict: 'not-met', steps: [telnet(MX1, 'EHLO ws.alice.example', FROM, 'RCPT TO:<alice@alice.example>', 'DATA', 'QUIT')] },
  { id: 'fewest-round-trips', what: 'by hand, one wait a command', verdict: 'over-par', score: 7, steps: [telnet(MX1, 'EHLO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: Hi', '.', 'QUIT')] },
  // A paste into telnet sends its lines as one segment, as a real terminal does (RFC 2920 §3: DATA ends a group).
  { id: 'fewest-round-trips', what: 'pipelined by hand, no QUIT', verdict: 'under-par', score: 4, steps: [telnet(MX1, 'EHLO ws.alice.example', `${FROM}\r\n${TO_BOB}\r\nDATA`, 'Subject: Hi\r\n.')] },
  { id: 'bounce-on-purpose', what: 'with mail, which sends every header', verdict: 'over-par', score: 17, steps: [typed(WS, 'mail -s Hi nobody@bob.example', 'Hello?', '.')] },
  { id: 'bounce-on-purpose', what: 'no Subject, no QUIT', verdict: 'under-par', score: 5, steps: [telnet(LOCAL, 'HELO ws.alice.example', FROM, 'RCPT TO:<nobody@bob.example>', 'DATA', '.')] },
  { id: 'bounce-on-purpose', what: 'straight to mx1: a 550 to you, no bounce', verdict: 'not-met', steps: [telnet(MX1, 'HELO ws.alice.example', FROM, 'RCPT TO:<nobody@bob.example>', 'DATA', 'QUIT')] },
  {
    id: 'mx1-down-no-mail',
    what: 'two look-ups before the backup (the failed telnet to mx1 is free)',
    verdict: 'over-par',
    score: 3,
    steps: [typed(WS, 'host -t mx bob.example', 'host mx2.bob.example', 'telnet mx1.bob.example 25'), telnet('mx2.bob.example', 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: Backup', '.', 'QUIT')],
  },
  { id: 'mx1-down-no-mail', what: 'your own MTA fails over', verdict: 'under-par', score: 1, steps: [telnet(LOCAL, 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: Backup', '.', 'QUIT')] },
  { id: 'mx1-down-no-mail', what: 'mail, withheld', verdict: 'not-met', steps: [typed(WS, 'mail -s Hi bob@bob.example', 'Hello', '.')] },
  // A withheld command the shell refuses fails, and a failed line neither scores nor spoils the goal.
  { id: 'mx1-down-no-mail', what: 'mail refused, then the backup by hand', verdict: 'under-par', score: 1, steps: [typed(WS, 'mail -Z bob@bob.example'), telnet('mx2.bob.example', 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', '.')] },
  { id: 'e-acute-subject', what: 'B: all twelve characters in base64', verdict: 'over-par', score: 363, steps: [telnet(MX1, 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: =?utf-8?B?Q2Fmw6kgYXUgbGFpdA==?=', '.', 'QUIT')] },
  { id: 'e-acute-subject', what: 'Q, a short HELO, no QUIT', verdict: 'under-par', score: 309, steps: [telnet(MX1, 'HELO a', FROM, TO_BOB, 'DATA', 'Subject: =?utf-8?Q?Caf=C3=A9_au_lait?=', '.')] },
  { id: 'e-acute-subject', what: 'raw UTF-8 in the header', verdict: 'not-met', steps: [telnet(MX1, 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: Café au lait', '.', 'QUIT')] },
  { id: 'staff-without-vrfy', what: 'HELP first', verdict: 'over-par', score: 4, steps: [telnet(MX1, 'EHLO ws.alice.example', 'HELP', 'EXPN staff', 'QUIT')] },
  { id: 'staff-without-vrfy', what: 'EXPN alone, straight after the greeting', verdict: 'under-par', score: 1, steps: [telnet(MX1, 'EXPN staff')] },
  { id: 'staff-without-vrfy', what: 'VRFY tried first', verdict: 'not-met', steps: [telnet(MX1, 'EHLO ws.alice.example', 'VRFY staff', 'EXPN staff', 'QUIT')] },
  { id: 'staff-without-vrfy', what: 'EXPN, then the wrong answer', verdict: 'not-met', answers: [{ question: 'members', answer: 'bob only' }], steps: [telnet(MX1, 'EXPN staff')] },
  { id: 'seven-bit-hop', what: 'mail, with all its headers', verdict: 'over-par', score: 17, steps: [typed(WS, 'mail -s Hi bob@bob.example', 'Grüße aus Zürich', '.')] },
  {
    id: 'seven-bit-hop',
    what: '8-bit to your own MTA, which converts before the 7-bit hop (RFC 6152 §3)',
    verdict: 'under-par',
    score: 9,
    steps: [telnet(LOCAL, 'EHLO ws.alice.example', `${FROM} BODY=8BITMIME`, TO_BOB, 'DATA', 'Content-Type: text/plain; charset=utf-8', '', 'Grüße aus Zürich', '.', 'QUIT')],
  },
  { id: 'seven-bit-hop', what: 'raw 8-bit labelled 7bit', verdict: 'not-met', steps: [telnet(MX1, 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Content-Type: text/plain; charset=utf-8', '', 'Grüße aus Zürich', '.', 'QUIT')] },
  { id: 'greylisted', what: 'by hand to your own MTA, which waits for you', verdict: 'over-par', score: 7, steps: [telnet(LOCAL, 'HELO ws.alice.example', FROM, TO_BOB, 'DATA', 'Subject: Hi', '.', 'QUIT')] },
  { id: 'greylisted', what: 'pipelined by hand to your own MTA', verdict: 'under-par', score: 4, steps: [telnet(LOCAL, 'EHLO ws.alice.example', `${FROM}\r\n${TO_BOB}\r\nDATA`, 'Subject: Hi\r\n.')] },
  { id: 'greylisted', what: 'straight to mx1: deferred, and a prompt cannot wait', verdict: 'not-met', steps: [telnet(MX1, 'HELO ws.alice.example', FROM, TO_BOB, TO_BOB, 'QUIT')] },
  { id: 'eavesdropper-learns-nothing', what: 'TLS, and a whoami first', verdict: 'over-par', score: 2, steps: [faults(HOSTS.aliceRelay, { starttls: true }), faults(MX1, { starttls: true }), typed(WS, 'whoami', 'mail -s Hi bob@bob.example', 'Hello', '.')] },
  { id: 'eavesdropper-learns-nothing', what: 'STARTTLS on mx1 only: the relay never asks', verdict: 'not-met', steps: [faults(MX1, { starttls: true }), typed(WS, 'mail -s Hi bob@bob.example', 'Hello', '.')] },
  { id: 'eavesdropper-learns-nothing', what: 'a PGP body: the envelope and headers still in clear', verdict: 'not-met', steps: [faults(WS, { encryptBody: true }), typed(WS, 'mail -s Hi bob@bob.example', 'Hello', '.')] },
];

describe('the eavesdropper on relay→mx1, as the world’s observer sees it', () => {
  const ch = get('eavesdropper-learns-nothing');
  const sees = (steps: ScenarioStep[]) => {
    const { tl } = attempt(ch, steps);
    const link = tl.log.filter((e) => e.layer === 'smtp' && e.kind === 'segment' && ((e.from === HOSTS.aliceRelay && e.to === MX1) || (e.from === MX1 && e.to === HOSTS.aliceRelay)));
    return link.map((e) => `${e.summary.slice(0, 11)} ${observe(e).sees}`);
  };

  it('at par, reads the STARTTLS preamble and then only ciphertext', () => {
    const seen = sees(ch.solution);
    expect(seen.slice(0, 4)).toEqual(['S: 220 mx1. everything', 'C: EHLO rel everything', 'S: 250-mx1. everything', 'C: STARTTLS everything']);
    expect(new Set(seen.slice(5).map((s) => s.split(' ').pop()))).toEqual(new Set(['connection-only']));
  });

  it('with a PGP body alone, still reads the envelope and headers, which the goal refuses', () => {
    expect(sees([faults(WS, { encryptBody: true }), typed(WS, 'mail -s Hi bob@bob.example', 'Hello', '.')])).toContain('C: Received envelope-and-headers');
  });
});

describe('attempts other than par', () => {
  for (const a of ATTEMPTS) {
    it(`${a.id}: ${a.what} is ${a.verdict}${a.score === undefined ? '' : ` (${a.score})`}`, () => {
      const ch = get(a.id);
      const { result } = attempt(ch, a.steps, a.answers);
      expect(result.verdict, `${result.goal.firstUnmet?.sentence}: ${result.goal.firstUnmet?.why}`).toBe(a.verdict);
      if (a.score !== undefined) expect(result.score).toBe(a.score);
      if (a.verdict === 'not-met') expect(result.goal.firstUnmet?.why ?? result.late).toBeTruthy();
    });
  }

  it('every score kind has an attempt under par and one over par', () => {
    for (const kind of SCORE_KINDS) {
      const of = ATTEMPTS.filter((a) => get(a.id).score.kind === kind).map((a) => a.verdict);
      expect(of, kind).toContain('under-par');
      expect(of, kind).toContain('over-par');
    }
  });

  it('a goal met too late is not met: the greylisted retry comes after five minutes', () => {
    const ch = get('greylisted');
    const hurried: Challenge = { ...ch, withinSeconds: 120 };
    const { result } = attempt(hurried, ch.solution);
    expect(result.goal.met).toBe(true);
    expect(result).toMatchObject({ met: false, verdict: 'not-met' });
    expect(result.seconds).toBeGreaterThan(300);
    expect(result.late).toMatch(/^met after 301 simulated seconds, over the 120 allowed$/);
  });
});
