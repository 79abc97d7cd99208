import { describe, expect, it } from 'vitest';
import { HOSTS } from '../net/index';
import { playScenario, scenarioById } from '../scenarios/index';
import { bytesOnWire, roundTrips, shellLinesOk, smtpLinesSent } from './scores';
import { viewOf } from './view';

describe('golf scores, from the log', () => {
  const byHand = playScenario(scenarioById('helo-by-hand')!);

  it('counts the SMTP lines a client sent and the round trips it waited for', () => {
    // HELO, MAIL, RCPT, DATA, six content lines and the dot, QUIT.
    expect(smtpLinesSent(byHand.log, HOSTS.ws)).toBe(12);
    // The greeting, then one wait per command or message: HELO, MAIL, RCPT, DATA, the dot, QUIT.
    expect(roundTrips(byHand.log, HOSTS.ws)).toBe(7);
  });

  it('pipelining saves round trips: the MTA sends MAIL, RCPT and DATA together', () => {
    const journey = playScenario(scenarioById('four-mta-journey')!);
    // Greeting, EHLO, MAIL+RCPT+DATA, the content, QUIT.
    expect(roundTrips(journey.log, HOSTS.ws)).toBe(5);
    expect(smtpLinesSent(journey.log, HOSTS.ws)).toBeGreaterThan(5);
  });

  it('counts bytes on the wire both ways', () => {
    const segments = byHand.log.filter((e) => e.kind === 'segment' && (e.from === HOSTS.ws || e.to === HOSTS.ws));
    expect(bytesOnWire(byHand.log, HOSTS.ws)).toBe(segments.reduce((n, e) => n + e.bytes.length, 0));
    expect(bytesOnWire(byHand.log)).toBeGreaterThan(bytesOnWire(byHand.log, HOSTS.ws));
  });

  it('counts shell lines that did not fail', () => {
    const tl = playScenario({ id: 'x', title: 'x', goal: 'x', focus: HOSTS.ws, world: {}, steps: [{ type: 'type', host: HOSTS.ws, lines: ['hostname', 'nonsense', 'whoami', 'cat /var/mail/nobody'] }] });
    expect(shellLinesOk(viewOf(tl), HOSTS.ws)).toBe(2);
  });
});
