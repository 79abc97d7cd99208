import { describe, expect, it } from 'vitest';
import { parseMessage } from '../mime/parse';
import { HOSTS } from '../net/index';
import { eventJson, type WorldEvent } from '../net/index';
import { mailboxBytes } from '../net/index';
import { parseMbox } from '../mbox/index';
import { observe, onLink } from '../net/observe/index';
import type { Timeline } from '../net/index';
import { playScenario, SCENARIOS, scenarioById } from './index';

const played = new Map<string, Timeline>();
function run(id: string): Timeline {
  const s = scenarioById(id);
  if (!s) throw new Error(`no scenario ${id}`);
  if (!played.has(id)) played.set(id, playScenario(s));
  return played.get(id)!;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const mailbox = (tl: Timeline, host: string, user: string) => parseMbox(mailboxBytes(tl.world.hosts[host]!, user) ?? new Uint8Array(0)).entries;
const wire = (tl: Timeline, pred: (e: WorldEvent) => boolean) => tl.log.filter((e) => e.kind === 'segment' && pred(e)).map((e) => text(e.bytes)).join('');
const screen = (tl: Timeline, host: string) => tl.world.hosts[host]!.shell.screen;

describe('the scenario catalogue', () => {
  it('has at least the fourteen the issue asks for, each with an id, title, goal, focus and steps', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.goal).toMatch(/\.$/);
      expect(s.steps.length).toBeGreaterThan(0);
      expect(Object.values(HOSTS)).toContain(s.focus);
    }
  });

  it('every scenario plays to a quiet world, deterministically', () => {
    for (const s of SCENARIOS) {
      const a = run(s.id);
      expect(a.world.agenda, s.id).toHaveLength(0);
      expect(playScenario(s).log.map(eventJson).join('\n'), s.id).toBe(a.log.map(eventJson).join('\n'));
    }
  });

  it('every mailbox a scenario fills parses, and its Received: headers follow the hops', () => {
    let delivered = 0;
    for (const s of SCENARIOS) {
      const tl = run(s.id);
      for (const host of Object.values(tl.world.hosts)) {
        for (const user of Object.keys(host.mailboxes)) {
          const { entries, errors } = parseMbox(mailboxBytes(host, user)!);
          expect(errors, `${s.id} ${host.name}:${user}`).toEqual([]);
          for (const e of entries) {
            const msg = parseMessage(e.content);
            const received = msg.root.headers.filter((h) => h.name.toLowerCase() === 'received').map((h) => h.value);
            // The newest Received: names this host as "by".
            expect(received[0], `${s.id} ${host.name}:${user}`).toMatch(new RegExp(`by ${host.name.replace(/\./g, '\\.')} `));
            delivered++;
          }
        }
      }
    }
    // Most scenarios deliver something: the loop must have had messages to check.
    expect(delivered).toBeGreaterThanOrEqual(SCENARIOS.length / 2);
  });
});

describe('each scenario shows its point', () => {
  it('helo-by-hand: the typed session lands in /var/mail/bob', () => {
    const tl = run('helo-by-hand');
    expect(screen(tl, HOSTS.ws)).toContain("Connected to mx1.bob.example.\nEscape character is '^]'.\n220 mx1.bob.example");
    expect(screen(tl, HOSTS.ws)).toContain('HELO ws.alice.example\n250 mx1.bob.example Hello ws.alice.example [192.0.2.10]');
    const [mail] = mailbox(tl, HOSTS.mailhost, 'bob');
    expect(text(mail!.content)).toContain('with SMTP id');
    expect(text(mail!.content)).toContain('Subject: Typed by hand');
  });

  it('esmtp-session: EHLO lists SIZE, 8BITMIME and PIPELINING', () => {
    const s = screen(run('esmtp-session'), HOSTS.ws);
    for (const x of ['250-SIZE 10485760', '250-8BITMIME', '250-PIPELINING']) expect(s).toContain(x);
    expect(s).toContain('MAIL FROM:<alice@alice.example> SIZE=200 BODY=8BITMIME\n250 2.1.0 Ok');
  });

  it('four-mta-journey: the relay asks DNS for the MX, and every hop signs a Received:', () => {
    const tl = run('four-mta-journey');
    expect(tl.log.some((e) => e.layer === 'dns' && e.from === HOSTS.aliceRelay && e.summary === 'MX? bob.example')).toBe(true);
    const received = parseMessage(mailbox(tl, HOSTS.mailhost, 'bob')[0]!.content).root.headers.filter((h) => h.name === 'Received');
    expect(received.map((h) => /by (\S+)/.exec(h.value)![1])).toEqual([HOSTS.mailhost, HOSTS.mx1, HOSTS.aliceRelay, HOSTS.aliceMta]);
  });

  it('mx-failover: MX 10 times out, MX 20 delivers', () => {
    const tl = run('mx-failover');
    const syns = tl.log.filter((e) => e.kind === 'syn' && e.from === HOSTS.aliceRelay).map((e) => e.to);
    expect(syns).toEqual([HOSTS.mx1, HOSTS.mx2]);
    expect(tl.log.some((e) => e.kind === 'timeout')).toBe(true);
    expect(text(mailbox(tl, HOSTS.mailhost, 'bob')[0]!.content)).toContain(`by ${HOSTS.mx2}`);
  });

  it('relay-auth: 554 5.7.1 first, 235 after AUTH LOGIN, then the MX relays', () => {
    const tl = run('relay-auth');
    const s = screen(tl, HOSTS.ws);
    expect(s).toMatch(/RCPT TO:<alice@alice\.example>\n554 5\.7\.1 <alice@alice\.example>: Relay access denied/);
    expect(s).toContain('334 VXNlcm5hbWU6');
    expect(s).toContain('235 2.7.0');
    expect(mailbox(tl, HOSTS.aliceMta, 'alice')).toHaveLength(1);
    const auth = tl.log.find((e) => e.kind === 'segment' && text(e.bytes).startsWith('YWxpY2U='))!;
    expect(auth.explanation).toMatch(/alice/);
  });

  it('vrfy-expn: answered, then 252, then 502', () => {
    const s = screen(run('vrfy-expn'), HOSTS.ws);
    expect(s).toContain('VRFY bob\n250 2.1.5 <bob@bob.example>');
    expect(s).toMatch(/EXPN staff\n250-2\.1\.5 <bob@bob\.example>\n250 2\.1\.5 <carol@bob\.example>/);
    expect(s).toContain('VRFY bob\n252 2.0.0');
    expect(s).toContain('VRFY bob\n502 5.5.1');
  });

  it('unknown-user-bounce: 550 5.1.1, then an RFC 3464 report to alice from <>', () => {
    const tl = run('unknown-user-bounce');
    const [bounce] = mailbox(tl, HOSTS.aliceMta, 'alice');
    expect(bounce!.sender).toBe('MAILER-DAEMON');
    const msg = parseMessage(bounce!.content);
    expect(msg.root.contentType).toBe('multipart/report');
    expect(msg.root.params['report-type']).toBe('delivery-status');
    const status = msg.root.children.find((c) => c.contentType === 'message/delivery-status')!;
    const fields = text(status.content());
    expect(fields).toContain('Reporting-MTA: dns; relay.alice.example');
    expect(fields).toContain('Final-Recipient: rfc822; nobody@bob.example');
    expect(fields).toContain('Action: failed');
    expect(fields).toContain('Status: 5.1.1');
    expect(fields).toContain('Remote-MTA: dns; mx1.bob.example');
    expect(fields).toMatch(/Diagnostic-Code: smtp; 550 5\.1\.1/);
    expect(tl.log.some((e) => e.kind === 'segment' && text(e.bytes).startsWith('MAIL FROM:<> '))).toBe(true);
  });

  it('greylisting: 451 4.7.1, a retry five minutes later, then delivery', () => {
    const tl = run('greylisting');
    const deferred = tl.log.find((e) => e.kind === 'segment' && text(e.bytes).includes('451 4.7.1'))!;
    const retry = tl.log.find((e) => e.kind === 'queue-run' && e.summary.includes('attempt 2'))!;
    expect(retry.time - deferred.time).toBeGreaterThanOrEqual(299_000);
    expect(mailbox(tl, HOSTS.mailhost, 'bob')).toHaveLength(1);
  });

  it('size-limit: the relay refuses to send past SIZE, and Alice hears 5.3.4', () => {
    const tl = run('size-limit');
    expect(wire(tl, (e) => e.from === HOSTS.mx1)).toContain('250-SIZE 2000');
    expect(wire(tl, (e) => e.from === HOSTS.aliceRelay && e.to === HOSTS.mx1)).not.toContain('DATA');
    expect(text(mailbox(tl, HOSTS.aliceMta, 'alice')[0]!.content)).toContain('Status: 5.3.4');
    expect(mailbox(tl, HOSTS.mailhost, 'bob')).toHaveLength(0);
  });

  it('eight-bit-downgrade: the relay converts to quoted-printable and says so', () => {
    const tl = run('eight-bit-downgrade');
    const note = tl.log.find((e) => e.explanation.includes('does not offer 8BITMIME'))!;
    expect(note.to).toBe(HOSTS.aliceRelay);
    expect(note.rfc).toBe('RFC 6152 §3');
    const mail = text(mailbox(tl, HOSTS.mailhost, 'bob')[0]!.content);
    expect(mail).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(mail).toContain('Z=C3=BCrich');
    expect(parseMessage(mailbox(tl, HOSTS.mailhost, 'bob')[0]!.content).root.text()).toContain('Zürich');
  });

  it('envelope-vs-headers: Carol gets mail no header names her', () => {
    const tl = run('envelope-vs-headers');
    const carol = mailbox(tl, HOSTS.mailhost, 'carol');
    expect(carol).toHaveLength(2);
    const bcc = text(carol[0]!.content);
    expect(bcc).not.toMatch(/^(To|Cc|Bcc):.*carol/im);
    // Only the envelope names her: RCPT TO on every hop.
    const rcpts = tl.log.filter((e) => e.messageId === tl.log[0]!.messageId).flatMap((e) => e.ranges.filter((r) => r.part === 'envelope').map((r) => text(e.bytes.subarray(r.start, r.end))));
    expect(rcpts.filter((r) => r === 'RCPT TO:<carol@bob.example>\r\n')).toHaveLength(4);
    expect(bcc).toContain('Subject: Team lunch');
    expect(text(carol[1]!.content)).toContain('To: The President <president@whitehouse.example>');
    const bccHeaders = parseMessage(carol[0]!.content).root.headers.map((h) => h.name.toLowerCase());
    expect(bccHeaders).not.toContain('bcc');
  });

  it('eavesdropper: everything, then only the connection, then headers but not the body', () => {
    const tl = run('eavesdropper');
    const link = tl.log.filter((e) => onLink(e, HOSTS.aliceRelay, HOSTS.mx1) && e.kind === 'segment');
    const seen = link.map((e) => {
      const obs = observe(e);
      return { subject: /Subject: (.*)\r\n/.exec(new TextDecoder('latin1').decode(obs.bytes))?.[1], obs };
    });
    expect(seen.find((x) => x.subject === 'In clear')?.obs.sees).toBe('everything');
    expect(link.some((e) => e.encrypted && observe(e).sees === 'connection-only')).toBe(true);
    expect(seen.some((x) => x.subject === 'Over STARTTLS')).toBe(false);
    expect(seen.find((x) => x.subject === 'PGP body')?.obs.sees).toBe('envelope-and-headers');
    expect(mailbox(tl, HOSTS.mailhost, 'bob')).toHaveLength(3);
    // With STARTTLS on every hop, no link carries the second message's subject in clear.
    const clear = tl.log.filter((e) => e.kind === 'segment' && !e.encrypted).map((e) => text(e.bytes)).join('');
    expect(clear).not.toContain('Subject: Over STARTTLS');
    expect(tl.log.filter((e) => e.kind === 'tls')).toHaveLength(4);
  });

  it('mime-attachments: a multipart with a base64 PDF arrives whole', () => {
    const tl = run('mime-attachments');
    const msg = parseMessage(mailbox(tl, HOSTS.mailhost, 'bob')[0]!.content);
    expect(msg.root.contentType).toBe('multipart/mixed');
    const pdf = msg.root.children.find((c) => c.filename === 'agenda.pdf')!;
    expect(pdf.transferEncoding).toBe('base64');
    expect(text(pdf.content())).toMatch(/^%PDF-1\.4/);
    expect(msg.root.headers.find((h) => h.name === 'X-Course')?.value).toBe('SMTP Lab 101');
  });

  it('smtp-smuggling: the bare LF is refused and nothing smuggled is delivered', () => {
    const tl = run('smtp-smuggling');
    expect(screen(tl, HOSTS.ws)).toMatch(/521 5\.5\.2 .*bare <LF> received\nConnection closed by foreign host\.\nalice@ws\.alice\.example:~\$ $/);
    expect(screen(tl, HOSTS.ws)).not.toContain('command not found');
    expect(scenarioById('smtp-smuggling')!.goal).toMatch(/521 5\.5\.2 and closes the connection/);
    expect(mailbox(tl, HOSTS.mailhost, 'carol')).toHaveLength(0);
    expect(mailbox(tl, HOSTS.mailhost, 'bob')).toHaveLength(0);
  });

  it('rfc821-server: 500 to EHLO, the relay falls back to HELO', () => {
    const tl = run('rfc821-server');
    const toMx = wire(tl, (e) => e.from === HOSTS.aliceRelay && e.to === HOSTS.mx1);
    expect(toMx).toMatch(/^EHLO relay\.alice\.example\r\nHELO relay\.alice\.example\r\n/);
    expect(mailbox(tl, HOSTS.mailhost, 'bob')).toHaveLength(1);
  });

  it('null-mx: fails at once with 5.1.10, no retries', () => {
    const tl = run('null-mx');
    expect(tl.log.some((e) => e.kind === 'syn' && e.from === HOSTS.aliceRelay && e.to !== HOSTS.aliceMta)).toBe(false);
    expect(text(mailbox(tl, HOSTS.aliceMta, 'alice')[0]!.content)).toContain('Status: 5.1.10');
  });
});

describe('a bare CR in DATA, through the simulated world (issue 11 §2.3)', () => {
  it('mx1 refuses it as the loopback MTA does, and nothing hidden behind it is delivered or relayed', () => {
    const base = scenarioById('smtp-smuggling')!;
    const step = base.steps[0]!;
    if (step.type !== 'type') throw new Error('the smuggling scenario types its session');
    const lines = [...step.lines.slice(0, -1), 'Nothing to see here.\r.\rMAIL FROM:<ceo@bob.example>\rRCPT TO:<carol@bob.example>\rDATA\rSubject: smuggled', '.', 'QUIT'];
    const tl = playScenario({ ...base, id: 'bare-cr', steps: [{ ...step, lines }] });
    const fromMx1 = wire(tl, (e) => e.from === HOSTS.mx1 && e.to === HOSTS.ws);
    expect(fromMx1).toMatch(/\r\n554 5\.6\.0 [^\r]*\r\n/);
    expect(fromMx1).not.toMatch(/250 2\.0\.0 Ok: queued/);
    expect(mailbox(tl, HOSTS.mailhost, 'carol')).toHaveLength(0);
    expect(mailbox(tl, HOSTS.mailhost, 'bob')).toHaveLength(0);
    expect(tl.log.some((e) => e.kind === 'syn' && e.from === HOSTS.mx1)).toBe(false);
  });
});
