// Lesson 4's world: a workstation as a fresh install, where mail fails, then
// Postfix from apt, a new user and local mail with the dialogue shown.
import { describe, expect, it } from 'vitest';
import { playScenario, runStep, openScenario, scenarioById } from '../../scenarios/index';
import type { Timeline } from '../timeline';
import { HOSTS } from '../world/index';

const WS = HOSTS.ws;
const fresh = () => openScenario(scenarioById('fresh-install')!);
const type = (tl: Timeline, ...lines: string[]) => runStep(tl, { type: 'type', host: WS, lines });
const screen = (tl: Timeline) => tl.world.hosts[WS]!.shell.screen;

describe('a fresh install gets an MTA from apt', () => {
  it('has no MTA at first: mail fails as on a fresh Linux install, mailq is not there', () => {
    const tl = type(fresh(), 'mail -s hi alice', 'hello', '.', 'mailq');
    expect(tl.world.hosts[WS]!.mta).toBeUndefined();
    expect(screen(tl)).toContain('mail: cannot send message: Process exited with a non-zero status\n/usr/sbin/sendmail: No such file or directory');
    expect(screen(tl)).toContain('bash: mailq: command not found');
    expect(tl.log.some((e) => e.layer === 'tcp')).toBe(false);
  });

  it('after sudo apt install postfix the host delivers local mail, with the dialogue under --debug-level=2', () => {
    const tl = playScenario(scenarioById('fresh-install')!);
    const ws = tl.world.hosts[WS]!;
    expect(ws.mta?.policy.localDomains).toEqual([WS]);
    expect(ws.users).toContain('dave');
    const s = screen(tl);
    expect(s).toContain('C: RCPT TO:<dave@ws.alice.example>');
    expect(s).toContain('S: 250 2.0.0 Ok: queued as');
    expect(s).toContain('Subject: hi');
    expect(Object.keys(ws.mailboxes)).toEqual(expect.arrayContaining(['alice', 'dave']));
    expect(tl.log.some((e) => e.kind === 'append' && e.summary.endsWith('/var/mail/dave'))).toBe(true);
  });

  it('a second install changes nothing, and mailq now answers', () => {
    const once = type(fresh(), 'sudo apt install postfix');
    const twice = type(once, 'sudo apt install postfix', 'mailq');
    expect(twice.world.hosts[WS]!.mta).toBe(once.world.hosts[WS]!.mta);
    expect(screen(twice)).toContain('Mail queue is empty');
  });
});
