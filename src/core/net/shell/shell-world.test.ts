import { describe, expect, it } from 'vitest';
import { defaultWorldSpec, HOSTS, mailLogLines } from '../world/index';
import { mailboxBytes } from '../mta/index';
import { parseMbox } from '../../mbox/index';
import { observe, onLink } from '../observe/index';
import { createWorld } from '../step';
import { input, play, startTimeline, type Timeline } from '../timeline';
import type { WorldSpec } from '../world/index';

function world(spec: WorldSpec = defaultWorldSpec()): Timeline {
  return startTimeline(createWorld(spec, 1));
}

/** Types lines at a host's shell, each followed by everything it causes. */
function type(tl: Timeline, host: string, ...lines: string[]): Timeline {
  return lines.reduce((t, line) => play(input(t, { type: 'shell', host, line })), tl);
}

const screen = (tl: Timeline, host: string) => tl.world.hosts[host]!.shell.screen;
const mails = (tl: Timeline, host: string, user: string) => parseMbox(mailboxBytes(tl.world.hosts[host]!, user) ?? new Uint8Array(0)).entries;

describe('host shells in the world', () => {
  it('host -t mx asks the name server, and the answer shows preferences', () => {
    const tl = type(world(), HOSTS.ws, 'host -t mx bob.example');
    expect(tl.log.map((e) => `${e.layer}:${e.kind}`)).toEqual(['ua:shell-input', 'dns:query', 'dns:answer']);
    expect(screen(tl, HOSTS.ws)).toBe(
      'alice@ws.alice.example:~$ host -t mx bob.example\nbob.example mail is handled by 10 mx1.bob.example.\nbob.example mail is handled by 20 mx2.bob.example.\nalice@ws.alice.example:~$ ',
    );
    // The second time the resolver's cache answers: no packets.
    const again = type(tl, HOSTS.ws, 'host -t mx bob.example');
    expect(again.log.slice(tl.log.length).map((e) => e.kind)).toEqual(['shell-input']);
  });

  it('mail -s sends through all four MTAs; Bob reads it with mail on the mailhost', () => {
    let tl = type(world(), HOSTS.ws, 'mail -s "Lunch?" bob@bob.example', 'Friday at noon?', '.');
    expect(mails(tl, HOSTS.mailhost, 'bob')).toHaveLength(1);
    tl = type(tl, HOSTS.mailhost, 'mail', 'p 1', 'q');
    const s = screen(tl, HOSTS.mailhost);
    expect(s).toContain('"/var/mail/bob": 1 message 1 new');
    expect(s).toContain('Subject: Lunch?');
    expect(s).toContain('Friday at noon?');
    tl = type(tl, HOSTS.mailhost, 'cat /var/mail/bob');
    expect(screen(tl, HOSTS.mailhost)).toMatch(/cat \/var\/mail\/bob\nFrom alice@alice\.example /);
  });

  it('mail --debug-level=2 prints the dialogue with the local MTA', () => {
    const tl = type(world(), HOSTS.ws, 'mail --debug-level=2 -s hi bob@bob.example', 'x', '.');
    const s = screen(tl, HOSTS.ws);
    expect(s).toContain('S: 220 mail.alice.example ESMTP');
    expect(s).toContain('C: EHLO ws.alice.example');
    expect(s).toContain('C: MAIL FROM:<alice@alice.example>');
    expect(s).toMatch(/S: 250 2\.0\.0 Ok: queued as \w+\n/);
  });

  it('a host with no MTA to send to fails as a missing sendmail would', () => {
    const tl = type(world(), HOSTS.ns, 'mail -s hi bob@bob.example', 'x', '.');
    expect(screen(tl, HOSTS.ns)).toContain('/usr/sbin/sendmail: No such file or directory');
    expect(tl.log.filter((e) => e.layer !== 'ua')).toEqual([]);
  });

  it('mailq shows a greylisted message waiting, with the reason, under the queue id of the mail log', () => {
    let tl = play(input(world(), { type: 'faults', host: HOSTS.mx1, faults: { greylist: true } }));
    tl = play(input(tl, { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 's', text: 't\n' } }), { until: tl.world.now + 60_000 });
    tl = type(tl, HOSTS.aliceRelay, 'mailq');
    const s = screen(tl, HOSTS.aliceRelay);
    expect(s).toMatch(/-Queue ID- {2}--Size-- ----Arrival Time---- -Sender\/Recipient-------\n([0-9A-F]{13}) +\d+ Wed Nov 25 09:00:00 {2}alice@alice\.example\n\(host mx1\.bob\.example\[198\.51\.100\.25\] said: 451 4\.7\.1 <bob@bob\.example>: Recipient address rejected: Greylisted, try again later\)\n {41}bob@bob\.example\n\n-- 1 Kbytes in 1 Request\./);
    const id = /\n([0-9A-F]{13}) /.exec(s)![1];
    expect(mailLogLines(tl.world.hosts[HOSTS.aliceRelay]!.mailLog).some((l) => l.includes(`${id}: to=<bob@bob.example>`) && l.includes('status=deferred'))).toBe(true);
  });

  it('useradd gives a mailbox that then receives mail', () => {
    let tl = type(world(), HOSTS.mailhost, 'useradd dave', 'ls /var/mail');
    expect(screen(tl, HOSTS.mailhost)).toContain('ls /var/mail\nbob  carol  dave\n');
    tl = type(tl, HOSTS.mailhost, 'telnet mailhost.bob.example 25', 'HELO mailhost.bob.example', 'MAIL FROM:<bob@bob.example>', 'RCPT TO:<dave@bob.example>', 'DATA', 'Subject: welcome', '', 'Hi Dave', '.', 'QUIT');
    expect(mails(tl, HOSTS.mailhost, 'dave')).toHaveLength(1);
  });

  it('telnet to a host that is down times out; to an unknown name fails to resolve', () => {
    let tl = play(input(world(), { type: 'faults', host: HOSTS.mx1, faults: { down: true } }));
    tl = type(tl, HOSTS.ws, 'telnet mx1.bob.example 25', 'telnet nowhere.example 25');
    const s = screen(tl, HOSTS.ws);
    expect(s).toContain('Trying 198.51.100.25...\ntelnet: Unable to connect to remote host: Connection timed out');
    expect(s).toContain('telnet: could not resolve nowhere.example/25: Name or service not known');
  });
});

describe('faults', () => {
  it('reverse DNS mismatch: a server checking HELO against PTR refuses the client', () => {
    const spec = defaultWorldSpec();
    spec.hosts = spec.hosts.map((h) => (h.name === HOSTS.mx1 && h.mta ? { ...h, mta: { ...h.mta, policy: { ...h.mta.policy, reverseDnsCheck: 'reject' as const } } } : h));
    let tl = play(input(world(spec), { type: 'faults', host: HOSTS.ws, faults: { reverseDnsMismatch: true } }));
    tl = type(tl, HOSTS.ws, 'telnet mx1.bob.example 25', 'HELO ws.alice.example', 'QUIT');
    const ptr = tl.log.find((e) => e.kind === 'answer' && e.summary.startsWith('PTR'))!;
    expect(ptr.summary).toContain('dynamic.example');
    expect(screen(tl, HOSTS.ws)).toMatch(/HELO ws\.alice\.example\n550 5\.7\.25 /);
  });

  it('a slow link stretches the delays on it', () => {
    const fast = play(input(world(), { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 's', text: 't\n' } }));
    let slow = play(input(world(), { type: 'faults', host: HOSTS.mx1, faults: { slow: 10 } }));
    slow = play(input(slow, { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 's', text: 't\n' } }));
    const span = (tl: Timeline) => tl.log[tl.log.length - 1]!.time - tl.log.find((e) => e.kind === 'compose')!.time;
    expect(span(slow)).toBeGreaterThan(span(fast) * 3);
  });

  it('a forwarding loop is caught by counting Received: headers, and bounced', () => {
    const spec = defaultWorldSpec();
    // mx1 sends bob.example to mx2 and mx2 back to mx1: a classic misconfiguration.
    spec.hosts = spec.hosts.map((h) => (h.name === HOSTS.mx1 && h.mta ? { ...h, mta: { ...h.mta, transports: [{ domain: 'bob.example', via: HOSTS.mx2 }] } } : h.name === HOSTS.mx2 && h.mta ? { ...h, mta: { ...h.mta, transports: [{ domain: 'bob.example', via: HOSTS.mx1 }] } } : h));
    const tl = play(input(world(spec), { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 'loop', text: 't\n' } }));
    const loop = tl.log.find((e) => e.kind === 'loop')!;
    expect(loop.rfc).toBe('RFC 5321 §6.3');
    const bounce = mails(tl, HOSTS.aliceMta, 'alice');
    expect(bounce).toHaveLength(1);
    expect(new TextDecoder().decode(bounce[0]!.content)).toContain('Status: 5.4.6');
  });

  it('an observer on a link in clear reads everything; inside a host there is no link', () => {
    const tl = play(input(world(), { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 'Secret plans', text: 't\n' } }));
    const data = tl.log.find((e) => onLink(e, HOSTS.aliceRelay, HOSTS.mx1) && e.ranges.some((r) => r.part === 'body'))!;
    expect(observe(data).sees).toBe('everything');
    expect(new TextDecoder().decode(observe(data).bytes)).toContain('Subject: Secret plans');
    expect(observe(tl.log.find((e) => e.kind === 'append')!).sees).toBe('nothing');
  });
});

describe('openssl s_client', () => {
  it('does the STARTTLS preamble itself, then the typed session runs encrypted', () => {
    let tl = play(input(world(), { type: 'faults', host: HOSTS.mx1, faults: { starttls: true } }));
    tl = type(tl, HOSTS.ws, 'openssl s_client -starttls smtp -crlf -connect mx1.bob.example:25', 'EHLO ws.alice.example', 'QUIT');
    const s = screen(tl, HOSTS.ws);
    expect(s).toContain('CONNECTED(00000003)\n---\nCertificate chain\n 0 s:CN = mx1.bob.example');
    expect(s).not.toContain('220 mx1.bob.example');
    expect(s).toMatch(/EHLO ws\.alice\.example\n250-mx1\.bob\.example Hello/);
    const typed = tl.log.find((e) => e.kind === 'segment' && new TextDecoder().decode(e.bytes) === 'EHLO ws.alice.example\r\n')!;
    expect(typed.encrypted).toBe(true);
    expect(observe(typed).sees).toBe('connection-only');
    const preamble = tl.log.find((e) => e.kind === 'segment' && new TextDecoder().decode(e.bytes) === 'STARTTLS\r\n')!;
    expect(preamble.encrypted).toBeUndefined();
  });

  it('a server without STARTTLS: the hand-shake fails as it does for real', () => {
    const tl = type(world(), HOSTS.ws, 'openssl s_client -starttls smtp -connect mx1.bob.example:25');
    const s = screen(tl, HOSTS.ws);
    expect(s).toContain("Didn't find STARTTLS in server response, trying anyway...");
    expect(s).toContain('wrong version number');
    expect(s.endsWith('alice@ws.alice.example:~$ ')).toBe(true);
  });

  it('bad options get s_client\'s messages', () => {
    const tl = type(world(), HOSTS.ws, 'openssl s_client -bogus', 'openssl s_client', 'openssl foo');
    const s = screen(tl, HOSTS.ws);
    expect(s).toContain('s_client: Unknown option: -bogus');
    expect(s).toContain('Usage: s_client [options] [host:port]');
    expect(s).toContain("Invalid command 'foo'");
  });
});
