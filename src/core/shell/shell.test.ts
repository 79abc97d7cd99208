import { describe, expect, it } from 'vitest';
import { lookup } from '../dns/index';
import { HISTSIZE, newShell, stepShell } from './shell';
import { ctx, enc, run, zone } from './test-support';
import type { ShellInput } from './types';

const PROMPT = 'alice@ws.alice.example:~$ ';

describe('the shell', () => {
  it('starts at the prompt and keeps a screen', () => {
    const s = newShell('alice', 'ws.alice.example');
    expect(s.screen).toBe(PROMPT);
    const r = run(['hostname', 'whoami']);
    expect(r.output).toBe(`ws.alice.example\n${PROMPT}alice\n${PROMPT}`);
    expect(r.state.screen).toBe(`${PROMPT}hostname\nws.alice.example\n${PROMPT}whoami\nalice\n${PROMPT}`);
  });

  it('answers unknown commands and bad options as bash and the tools do', () => {
    expect(run(['foo']).output).toBe(`bash: foo: command not found\n${PROMPT}`);
    expect(run(['whoami bob']).output).toContain("whoami: extra operand 'bob'\nTry 'whoami --help' for more information.");
    expect(run(['hostname -z']).output).toContain("hostname: invalid option -- 'z'");
    expect(run(['ls -z /var/mail']).output).toContain("ls: invalid option -- 'z'");
    expect(run(['echo "unterminated']).output).toContain('bash: unexpected EOF while looking for matching `"\'');
    expect(run(['host']).output).toMatch(/^Usage: host \[-aCdilrTvVw\]/);
    expect(run(['host -z bob.example']).output).toMatch(/^host: invalid option -- 'z'\nUsage: host/);
    expect(run(['host -t txt bob.example']).output).toMatch(/^host: invalid type: txt/);
    expect(run(['dig -z bob.example']).output).toMatch(/^Invalid option: -z\nUsage:  dig/);
    expect(run(['telnet']).output).toMatch(/^usage: telnet/);
    expect(run(['telnet mx1.bob.example foo']).output).toContain('telnet: could not resolve mx1.bob.example/foo: Servname not supported for ai_socktype');
    expect(run(['nc mx1.bob.example']).output).toMatch(/^usage: nc/);
    expect(run(['mail -x bob@bob.example']).output).toMatch(/^mail: invalid option -- 'x'\nUsage: mail/);
    expect(run(['useradd']).output).toMatch(/^Usage: useradd \[options\] LOGIN/);
    expect(run(['useradd Bad!']).output).toContain("useradd: invalid user name 'Bad!'");
    expect(run(['useradd alice']).output).toContain("useradd: user 'alice' already exists");
    expect(run(['cat /var/mail/nobody']).output).toContain('cat: /var/mail/nobody: No such file or directory');
  });

  it('host: A and MX in one-line form, preferences shown, NXDOMAIN and no-record messages', () => {
    expect(run(['host bob.example']).output).toBe(`bob.example mail is handled by 10 mx1.bob.example.\nbob.example mail is handled by 20 mx2.bob.example.\n${PROMPT}`);
    expect(run(['host mx1.bob.example']).output).toBe(`mx1.bob.example has address 198.51.100.25\n${PROMPT}`);
    expect(run(['host -t mx bob.example']).output).toContain('bob.example mail is handled by 20 mx2.bob.example.');
    expect(run(['host -t mx mx1.bob.example']).output).toBe(`mx1.bob.example has no MX record\n${PROMPT}`);
    expect(run(['host nowhere.example']).output).toBe(`Host nowhere.example not found: 3(NXDOMAIN)\n${PROMPT}`);
    expect(run(['host 198.51.100.25']).output).toBe(`25.100.51.198.in-addr.arpa domain name pointer mx1.bob.example.\n${PROMPT}`);
  });

  it('host -a and dig print the sections with TTLs and preferences', () => {
    const a = run(['host -a bob.example']).output;
    expect(a).toMatch(/^Trying "bob\.example"\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \d+/);
    expect(a).toContain(';; ANSWER SECTION:\nbob.example.\t\t3600\tIN\tMX\t10 mx1.bob.example.\nbob.example.\t\t3600\tIN\tMX\t20 mx2.bob.example.');
    expect(a).toContain(';; ADDITIONAL SECTION:\nmx1.bob.example.\t\t3600\tIN\tA\t198.51.100.25');
    expect(a).toMatch(/Received \d+ bytes from 203\.0\.113\.53#53 in \d+ ms\n/);
    const d = run(['dig bob.example MX']).output;
    expect(d).toContain('; <<>> DiG 9.18.28 <<>> bob.example MX');
    expect(d).toContain(';bob.example.\t\t\tIN\tMX');
    expect(d).toContain(';; SERVER: 203.0.113.53#53(203.0.113.53) (UDP)');
    expect(run(['dig +short mx bob.example']).output).toBe(`10 mx1.bob.example.\n20 mx2.bob.example.\n${PROMPT}`);
    expect(run(['dig -x 198.51.100.25 +short']).output).toBe(`mx1.bob.example.\n${PROMPT}`);
  });

  it('telnet: Trying, Connected, Escape character, then the lines go to the server with CRLF', () => {
    let r = run(['telnet mx1.bob.example 25']);
    expect(r.requests).toEqual([{ type: 'connect', to: 'mx1.bob.example', port: 25 }]);
    expect(r.output).toBe('');
    r = run([{ type: 'trying', address: '198.51.100.25' }, { type: 'connected', conn: 'c1' }, { type: 'data', conn: 'c1', bytes: enc('220 mx1.bob.example ESMTP\r\n') }, 'HELO ws.alice.example'], ctx(), r.state);
    expect(r.output).toBe("Trying 198.51.100.25...\nConnected to mx1.bob.example.\nEscape character is '^]'.\n220 mx1.bob.example ESMTP\n");
    expect(r.requests).toEqual([{ type: 'send', conn: 'c1', bytes: enc('HELO ws.alice.example\r\n') }]);
    r = run([{ type: 'closed', conn: 'c1' }], ctx(), r.state);
    expect(r.output).toBe(`Connection closed by foreign host.\n${PROMPT}`);
    expect(r.state.history).toEqual(['telnet mx1.bob.example 25']);
  });

  it('telnet and nc failures read as the real tools', () => {
    const t = run(['telnet mx1.bob.example 25', { type: 'connect-failed', reason: 'refused' }]);
    expect(t.output).toBe(`telnet: Unable to connect to remote host: Connection refused\n${PROMPT}`);
    const u = run(['telnet nowhere.example 25', { type: 'connect-failed', reason: 'no-address' }]);
    expect(u.output).toContain('telnet: could not resolve nowhere.example/25: Name or service not known');
    const n = run(['nc mx1.bob.example 25', { type: 'connect-failed', reason: 'timeout' }]);
    expect(n.output).toContain('nc: connect to mx1.bob.example port 25 (tcp) failed: Connection timed out');
  });

  it('nc sends a bare LF unless -C', () => {
    const plain = run(['nc mx1.bob.example 25', { type: 'connected', conn: 'c2' }, 'EHLO x']);
    expect(plain.requests.at(-1)).toEqual({ type: 'send', conn: 'c2', bytes: enc('EHLO x\n') });
    const crlf = run(['nc -C mx1.bob.example 25', { type: 'connected', conn: 'c2' }, 'EHLO x']);
    expect(crlf.requests.at(-1)).toEqual({ type: 'send', conn: 'c2', bytes: enc('EHLO x\r\n') });
  });

  it('mail -s reads the body to a lone dot and asks the world to submit', () => {
    const r = run(['mail -s "Lunch on Friday?" bob@bob.example', 'Hi Bob,', '.']);
    expect(r.requests).toEqual([{ type: 'submit', to: ['bob@bob.example'], subject: 'Lunch on Friday?', text: 'Hi Bob,\n', debug: false }]);
    expect(r.state.mode.type).toBe('sending');
    const done = run([{ type: 'submitted', ok: true, text: '' }], ctx(), r.state);
    expect(done.output).toBe(PROMPT);
  });

  it('mail without -s asks for the subject; Ctrl-D ends with EOT; --debug-level=2 shows the dialogue', () => {
    const r = run(['mail --debug-level=2 bob@bob.example', 'Hello', 'body', '\x04', { type: 'dialogue', text: 'S: 220 mail.alice.example ESMTP' }, { type: 'submitted', ok: false, text: '554 5.7.1 Relay access denied' }]);
    expect(r.requests[0]).toEqual({ type: 'submit', to: ['bob@bob.example'], subject: 'Hello', text: 'body\n', debug: true });
    expect(r.output).toBe(`Subject: EOT\nS: 220 mail.alice.example ESMTP\nmail: cannot send message: 554 5.7.1 Relay access denied\n${PROMPT}`);
  });

  it('mail on a host with nowhere to send fails like a missing sendmail', () => {
    const r = run(['mail -s hi bob@bob.example', 'x', '.'], ctx({ canSend: false }));
    expect(r.requests).toEqual([]);
    expect(r.output).toContain('/usr/sbin/sendmail: No such file or directory');
  });

  it('mail alone lists the mailbox, p N prints a message, q quits', () => {
    const r = run(['mail', 'p 1', 'p 9', 'foo', 'q']);
    expect(r.output).toMatch(/^"\/var\/mail\/alice": 1 message 1 new\n>N   1 Alice <alice@alice.e Wed Nov 25 09:44 +5\/62 +Lunch\?\n/);
    expect(r.output).toContain('Message 1:\nFrom bob@bob.example Wed Nov 25 09:44:45 2026\nFrom: Alice <alice@alice.example>\nSubject: Lunch?\n\nHi Bob\n? ');
    expect(r.output).toContain('9: Invalid message number\n? ');
    expect(r.output).toContain('Unknown command: foo\n? ');
    expect(r.output.endsWith(`Held 1 message in /var/mail/alice\n${PROMPT}`)).toBe(true);
    expect(run(['mail'], ctx({ mailboxes: {} })).output).toBe(`No mail for alice\n${PROMPT}`);
  });

  it('mailq: empty, listed in Postfix form, or not installed', () => {
    expect(run(['mailq']).output).toBe(`bash: mailq: command not found\n${PROMPT}`);
    expect(run(['mailq'], ctx({ hasMta: true })).output).toBe(`Mail queue is empty\n${PROMPT}`);
    const queue = [{ id: 'Q12', size: 1234, arrived: Date.UTC(2026, 10, 25, 9, 44, 45), sender: 'alice@alice.example', recipients: ['bob@bob.example'], reason: 'host mx1.bob.example[198.51.100.25] said: 451 4.7.1 Greylisted', active: false }];
    expect(run(['mailq'], ctx({ hasMta: true, queue })).output).toBe(
      `-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\nQ12             1234 Wed Nov 25 09:44:45  alice@alice.example\n(host mx1.bob.example[198.51.100.25] said: 451 4.7.1 Greylisted)\n                                         bob@bob.example\n\n-- 2 Kbytes in 1 Request.\n${PROMPT}`,
    );
  });

  it('cat and ls show the mailboxes; useradd asks for a new one', () => {
    expect(run(['cat /var/mail/alice']).output).toMatch(/^From bob@bob\.example Wed Nov 25 09:44:45 2026\nFrom: Alice/);
    expect(run(['ls /var/mail']).output).toBe(`alice\n${PROMPT}`);
    expect(run(['ls -l /var/mail']).output).toMatch(/^total 4\n-rw------- 1 alice  mail +\d+ \w{3} +\d+ \d\d:\d\d alice\n/);
    expect(run(['useradd dave']).requests).toEqual([{ type: 'useradd', user: 'dave' }]);
  });

  it('history, clear, help, Ctrl-C', () => {
    const r = run(['hostname', 'whoami', 'history']);
    expect(r.output).toContain('    1  hostname\n    2  whoami\n    3  history\n');
    const c = run(['hostname', 'clear']);
    expect(c.state.screen).toBe(PROMPT);
    expect(c.output).toContain('\x1b[2J');
    expect(run(['help']).output).toContain('telnet HOST 25');
    expect(run(['\x03']).output).toBe(`^C\n${PROMPT}`);
    expect(run(['\x1d']).output).toBe(`^]\n${PROMPT}`);
    expect(run(['\x1d']).requests).toEqual([]);
    expect(run(['clear -x']).output).toContain("clear: invalid option -- 'x'\nUsage: clear [options]");
    expect(run(['help -x']).output).toContain('bash: help: -x: invalid option\nhelp: usage: help [-dms] [pattern ...]');
    expect(run(['help telnet']).output).toContain("bash: help: no help topics match `telnet'.");
    expect(run(['history x']).output).toContain('bash: history: x: numeric argument required');
  });
});

describe('openssl s_client failures', () => {
  it('reads like OpenSSL when the connection cannot be made', () => {
    const r = run(['openssl s_client -starttls smtp -connect mx1.bob.example:25', { type: 'connect-failed', reason: 'refused' }]);
    expect(r.output).toContain('BIO_connect:Connection refused');
    expect(r.output).toContain('connect:errno=111');
  });
});

describe('DNS answers the shell did not ask for (issue 11 §3.7: core never throws on input)', () => {
  const mx = { name: 'bob.example', type: 'MX' } as const;
  const a = { name: 'bob.example', type: 'A' } as const;
  const stray = { name: 'other.example', type: 'A' } as const;
  const answer = (q: { name: string; type: 'A' | 'MX' }): ShellInput => ({ type: 'dns', question: q, answer: lookup(zone, q) });
  /** `host bob.example` waiting for its A and MX answers, the world not yet having answered. */
  const waiting = () => stepShell(newShell('alice', 'ws.alice.example'), { type: 'line', line: 'host bob.example' }, ctx()).state;

  it('drops an answer to another question and still prints the right ones when they come', () => {
    const s = waiting();
    const strayStep = stepShell(s, answer(stray), ctx());
    expect(strayStep.output).toBe('');
    expect(strayStep.state.mode).toEqual(s.mode);
    const done = [answer(mx), answer(a)].reduce((st, i) => stepShell(st, i, ctx()).state, strayStep.state);
    expect(done.mode.type).toBe('prompt');
    expect(done.screen).toContain('bob.example mail is handled by 10 mx1.bob.example.');
  });

  it('drops a second answer to a question already answered, and any answer at the prompt', () => {
    const once = stepShell(waiting(), answer(a), ctx()).state;
    const twice = stepShell(once, answer(a), ctx());
    expect(twice.output).toBe('');
    expect(twice.state.mode.type).toBe('dns');
    expect(stepShell(newShell('alice', 'ws.alice.example'), answer(stray), ctx()).output).toBe('');
  });
});

describe('the shell\'s history is capped as bash\'s HISTSIZE (issue 11 §3.1)', () => {
  const typeLines = (n: number, start = newShell('alice', 'ws.alice.example')) => {
    let s = start;
    for (let i = 1; i <= n; i++) s = stepShell(s, { type: 'line', line: `hostname ${i}` }, ctx()).state;
    return s;
  };

  it('keeps the last HISTSIZE lines, numbered on from the ones it dropped', () => {
    const s = typeLines(HISTSIZE + 500);
    expect(s.history).toHaveLength(HISTSIZE);
    expect(s.history[0]).toBe('hostname 501');
    const r = stepShell(s, { type: 'line', line: 'history 3' }, ctx());
    expect(r.output).toBe(` 1499  hostname 1499\n 1500  hostname 1500\n 1501  history 3\n${PROMPT}`);
    expect(r.state.history).toHaveLength(HISTSIZE);
  });

  it('leaves every earlier state as it was (seeking back shows the old history)', () => {
    const full = typeLines(HISTSIZE);
    const before = [...full.history];
    const next = stepShell(full, { type: 'line', line: 'whoami' }, ctx()).state;
    expect(full.history).toEqual(before);
    expect(full.historyDropped).toBeUndefined();
    expect(next.history.at(-1)).toBe('whoami');
    expect(next.historyDropped).toBe(1);
  });

  it('history -c empties the list and numbers from 1 again; history N larger than the list shows it all', () => {
    const cleared = stepShell(typeLines(HISTSIZE + 2), { type: 'line', line: 'history -c' }, ctx()).state;
    expect(cleared.history).toEqual([]);
    expect(cleared.historyDropped).toBeUndefined();
    expect(run(['hostname', 'history 10'], ctx(), cleared).output).toContain('    1  hostname\n    2  history 10\n');
  });
});
