// /var/log/mail.log on every MTA host, in Postfix's format, read from the shell.
import { describe, expect, it } from 'vitest';
import { openScenario, playScenario, runStep, scenarioById } from '../../scenarios/index';
import { HOSTS, mailLogLines } from '../world/index';

const logOf = (id: string, host: string, seed = 1) => mailLogLines(playScenario(scenarioById(id)!, seed).world.hosts[host]!.mailLog);

describe('the mail log', () => {
  it('tells the journey through the relay as Postfix does, in order', () => {
    const log = logOf('four-mta-journey', HOSTS.aliceRelay);
    const programs = log.map((l) => /postfix\/(\w+)\[\d+\]: (\S+)/.exec(l)!.slice(1).join(' '));
    expect(programs).toEqual(['smtpd connect', 'smtpd 1A211EEEABE01:', 'cleanup 1A211EEEABE01:', 'qmgr 1A211EEEABE01:', 'smtpd disconnect', 'smtp 1A211EEEABE01:', 'qmgr 1A211EEEABE01:']);
    expect(log[0]).toMatch(/^Nov 25 09:00:00 relay postfix\/smtpd\[\d+\]: connect from mail\.alice\.example\[192\.0\.2\.25\]$/);
    expect(log[2]).toMatch(/cleanup\[\d+\]: 1A211EEEABE01: message-id=<[^>]+@ws\.alice\.example>$/);
    expect(log[3]).toMatch(/qmgr\[\d+\]: 1A211EEEABE01: from=<alice@alice\.example>, size=\d+, nrcpt=1 \(queue active\)$/);
    expect(log[5]).toMatch(/smtp\[\d+\]: 1A211EEEABE01: to=<bob@bob\.example>, relay=mx1\.bob\.example\[198\.51\.100\.25\]:25, delay=[\d.]+, delays=[\d./]+, dsn=2\.0\.0, status=sent \(250 2\.0\.0 Ok: queued as [0-9A-F]+\)$/);
    expect(log[6]).toMatch(/qmgr\[\d+\]: 1A211EEEABE01: removed$/);
  });

  it('the mailhost logs local delivery; a host without an MTA logs nothing', () => {
    expect(logOf('four-mta-journey', HOSTS.mailhost).some((l) => /postfix\/local\[\d+\]: \w+: to=<bob@bob\.example>, relay=local, .*status=sent \(delivered to mailbox\)$/.test(l))).toBe(true);
    expect(logOf('four-mta-journey', HOSTS.ws)).toEqual([]);
  });

  it('deferred, bounced, a timed-out MX and a NOQUEUE reject', () => {
    expect(logOf('greylisting', HOSTS.aliceRelay).filter((l) => / status=/.test(l)).map((l) => /status=(\w+)/.exec(l)![1])).toEqual(['deferred', 'sent']);
    expect(logOf('greylisting', HOSTS.mx1)[1]).toMatch(/NOQUEUE: reject: RCPT from relay\.alice\.example\[192\.0\.2\.26\]: 451 4\.7\.1 .*; from=<alice@alice\.example> to=<bob@bob\.example> proto=ESMTP helo=<relay\.alice\.example>$/);
    const bounce = logOf('unknown-user-bounce', HOSTS.aliceRelay);
    expect(bounce.some((l) => /dsn=5\.1\.1, status=bounced \(host mx1\.bob\.example\[198\.51\.100\.25\] said: 550 5\.1\.1/.test(l))).toBe(true);
    const notified = bounce.findIndex((l) => /postfix\/bounce\[\d+\]: 1A211EEEABE01: sender non-delivery notification: [0-9A-F]+$/.test(l));
    // As Postfix: bounced, then the notification, then the entry removed.
    expect(notified).toBeGreaterThan(bounce.findIndex((l) => l.includes('status=bounced')));
    expect(bounce.findIndex((l) => l.endsWith('1A211EEEABE01: removed'))).toBeGreaterThan(notified);
    expect(logOf('mx-failover', HOSTS.aliceRelay).some((l) => /postfix\/smtp\[\d+\]: connect to mx1\.bob\.example\[198\.51\.100\.25\]:25: Connection timed out$/.test(l))).toBe(true);
  });

  it('is the same for the same seed: pids and queue ids are deterministic', () => {
    expect(logOf('greylisting', HOSTS.aliceRelay, 7)).toEqual(logOf('greylisting', HOSTS.aliceRelay, 7));
  });

  it('tail -f on the relay shows the lines as the world plays, until Ctrl-C', () => {
    const s = scenarioById('greylisting')!;
    let tl = runStep(openScenario(s), { type: 'type', host: HOSTS.aliceRelay, lines: ['tail -f /var/log/mail.log'] });
    tl = s.steps.reduce(runStep, tl);
    tl = runStep(tl, { type: 'type', host: HOSTS.aliceRelay, lines: ['\x03', 'grep -c status= /var/log/mail.log'] });
    const screen = tl.world.hosts[HOSTS.aliceRelay]!.shell.screen;
    expect(screen).toContain('status=deferred (host mx1.bob.example[198.51.100.25] said: 451 4.7.1');
    expect(screen).toMatch(/status=sent \(250 2\.0\.0 Ok: queued as \w+\)\n(.*\n)*\^C\npostmaster@relay\.alice\.example:~\$ grep -c status= \/var\/log\/mail\.log\n2\n/);
  });
});

describe('the mail log as a value', () => {
  it('an earlier world keeps its own lines after a later one appends, and a branch from it does not see them', () => {
    const s = scenarioById('greylisting')!;
    const early = runStep(openScenario(s), { type: 'input', input: { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 'a', text: 'a\n' } } });
    const before = mailLogLines(early.world.hosts[HOSTS.aliceRelay]!.mailLog).slice();
    const later = runStep(early, { type: 'input', input: { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 'b', text: 'b\n' } } });
    expect(mailLogLines(early.world.hosts[HOSTS.aliceRelay]!.mailLog)).toEqual(before);
    expect(mailLogLines(later.world.hosts[HOSTS.aliceRelay]!.mailLog).length).toBeGreaterThan(before.length);
    const branch = runStep(early, { type: 'input', input: { type: 'faults', host: HOSTS.mx1, faults: { down: true } } });
    expect(mailLogLines(branch.world.hosts[HOSTS.aliceRelay]!.mailLog)).toEqual(before);
  });
});
