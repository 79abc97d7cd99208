import { describe, expect, it } from 'vitest';
import { HOSTS, seek } from '../core/net/index';
import { playScenario, scenarioById } from '../core/scenarios/index';
import { REPLIES } from '../core/smtp/index';
import { nextStop, stopAt } from './presenterStops';

const tl = playScenario(scenarioById('helo-by-hand')!);

describe('Predict every reply: the stops', () => {
  it('stand one event before each server reply, the command on screen and the reply not yet', () => {
    const stops = Array.from({ length: tl.log.length + 1 }, (_, p) => stopAt(tl, p)).filter((s) => s !== undefined);
    expect(stops.slice(0, 6).map((s) => s.exchange.command)).toEqual(['<greeting>', 'HELO', 'MAIL', 'RCPT', 'DATA', '<content>']);
    const rcpt = stops.find((s) => s.exchange.command === 'RCPT')!;
    expect(seek(tl, rcpt.replyAt - 1).hosts[HOSTS.ws]!.shell.screen).not.toContain('250 2.1.5');
    expect(seek(tl, rcpt.replyAt).hosts[HOSTS.ws]!.shell.screen).toContain('250 2.1.5 Ok');
  });

  it('carry four candidates with the real reply, and why from the catalogue with its RFC section', () => {
    const rcpt = Array.from({ length: tl.log.length }, (_, p) => stopAt(tl, p)).find((s) => s?.exchange.command === 'RCPT');
    expect(rcpt!.candidates).toHaveLength(4);
    expect(rcpt!.candidates).toContain(250);
    expect(rcpt!.why).toBe(REPLIES.recipientOk.meaning);
    expect(rcpt!.rfc).toBe(REPLIES.recipientOk.rfc);
  });

  it('nextStop finds the coming one, and none after the last', () => {
    const first = nextStop(tl, 0)!;
    expect(first.exchange.command).toBe('<greeting>');
    expect(nextStop(tl, first.replyAt)!.replyAt).toBeGreaterThan(first.replyAt);
    expect(nextStop(tl, tl.log.length)).toBeUndefined();
  });
});
