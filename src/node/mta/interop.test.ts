// Real SMTP clients that nobody here wrote (Python's smtplib, curl,
// nodemailer) against the loopback MTA, with the mailbox checked byte for
// byte afterwards.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPLIES } from '../../core/index';
import { mboxEntry, parseMbox } from '../../core/mbox/index';
import { converse } from './converse';
import { startMta, type RunningMta, type StartOptions } from './server';

const run = promisify(execFile);
let spool: string;
let mta: RunningMta | undefined;
let started: number;

beforeEach(() => {
  spool = mkdtempSync(join(tmpdir(), 'mta-'));
  started = Date.now() - 1000;
});
afterEach(async () => {
  await mta?.close();
  mta = undefined;
  rmSync(spool, { recursive: true, force: true });
});

async function start(options: StartOptions = {}): Promise<number> {
  mta = await startMta({ port: 0, spool, quiet: true, ...options });
  return mta.port;
}

/** Runs Python with smtplib imported and PORT set; what the script prints is returned. */
async function python(port: number, script: string): Promise<string> {
  const { stdout } = await run('python3', ['-c', `import smtplib, json, sys\nPORT = ${port}\n${script}`], { timeout: 15_000 });
  return stdout;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/**
 * The mailbox must be exactly the mbox entries of the given contents, each
 * with the engine's Return-Path: and a Received: naming the client's HELO
 * name and 127.0.0.1 in front, and nothing else.
 */
function expectMailbox(user: string, sender: string, helo: string, contents: Buffer[]): void {
  const raw = readFileSync(join(spool, user));
  const { entries, errors } = parseMbox(raw);
  expect(errors).toEqual([]);
  expect(entries).toHaveLength(contents.length);
  const rebuilt = entries.map((entry, i) => {
    expect(entry.sender).toBe(sender);
    expect(entry.time).toBeGreaterThanOrEqual(started - (started % 1000));
    expect(entry.time).toBeLessThanOrEqual(Date.now());
    const text = latin1(entry.content);
    // The mailbox keeps LF line ends throughout, as Postfix's local(8) does.
    const trace = /^Return-Path: <([^>]*)>\nReceived: ((?:.*\n)(?:[ \t].*\n)*)/.exec(text);
    expect(trace, text.slice(0, 300)).not.toBeNull();
    expect(trace![1]).toBe(sender);
    const received = trace![2]!.replace(/\n[ \t]+/g, ' ');
    expect(received).toMatch(new RegExp(`^from ${helo.replace(/\./g, '\\.')} \\(.*\\[127\\.0\\.0\\.1\\]\\)`));
    expect(received).toMatch(/ by mx\.bob\.example /);
    expect(latin1(entry.content.subarray(trace![0].length))).toBe(latin1(contents[i]!).replace(/\r\n/g, '\n'));
    return mboxEntry(sender, entry.time!, entry.content);
  });
  expect(latin1(Buffer.concat(rebuilt))).toBe(latin1(raw));
}

const smtplibMessage = Buffer.from(
  'From: Alice <alice@alice.example>\r\nTo: bob@bob.example, staff@bob.example\r\nSubject: dots and Froms\r\n' +
    'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' +
    '.leading dot\r\n..two dots\r\n.\r\nFrom the start of a line\r\n>From already quoted\r\ncaf\xc3\xa9 8-bit\r\n',
  'latin1',
);

describe('loopback MTA with real clients', () => {
  it('Python smtplib: EHLO, AUTH LOGIN as alice, several recipients with the list, dot and From lines, 8-bit', async () => {
    const port = await start();
    const out = await python(
      port,
      `s = smtplib.SMTP('127.0.0.1', PORT, local_hostname='py.client.example')
s.ehlo()
s.user, s.password = 'alice', 'wonderland'
code, _ = s.auth('LOGIN', s.auth_login, initial_response_ok=False)
refused = s.sendmail('alice@alice.example', ['bob@bob.example', 'staff@bob.example'], bytes.fromhex('${smtplibMessage.toString('hex')}'), mail_options=['BODY=8BITMIME'])
s.quit()
print(json.dumps({'auth': code, 'refused': refused}))`,
    );
    expect(JSON.parse(out)).toEqual({ auth: 235, refused: {} });
    expectMailbox('carol', 'alice@alice.example', 'py.client.example', [smtplibMessage]);
    // bob is named directly and through staff, yet gets the message once
    expectMailbox('bob', 'alice@alice.example', 'py.client.example', [smtplibMessage]);
    // and another mbox reader agrees on where messages start and what they say
    const read = await run('python3', [
      '-c',
      'import mailbox, json, sys\nprint(json.dumps([[m.get_from(), m["Subject"], m["Return-Path"]] for m in mailbox.mbox(sys.argv[1])]))',
      join(spool, 'carol'),
    ]);
    expect(JSON.parse(read.stdout)).toEqual([[expect.stringMatching(/^alice@alice\.example \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/), 'dots and Froms', '<alice@alice.example>']]);
  });

  it('curl smtp:// --upload-file', async () => {
    const port = await start();
    const content = Buffer.from('From: alice@alice.example\r\nSubject: hi from curl\r\n\r\nHello Bob\r\n.dot\r\nFrom curl\r\n', 'latin1');
    const file = join(spool, '..', `curl-${process.pid}.txt`);
    writeFileSync(file, content);
    try {
      await run('curl', ['-sS', `smtp://127.0.0.1:${port}/curl.client.example`, '--mail-from', 'alice@alice.example', '--mail-rcpt', 'bob@bob.example', '--upload-file', file], { timeout: 15_000 });
    } finally {
      rmSync(file, { force: true });
    }
    expectMailbox('bob', 'alice@alice.example', 'curl.client.example', [content]);
  });

  it('nodemailer: raw message, two recipients', async () => {
    const port = await start();
    const raw = Buffer.from('From: alice@alice.example\r\nTo: bob@bob.example\r\nSubject: nodemailer\r\n\r\n.hidden dot\r\nFrom nodemailer\r\nbye\r\n', 'latin1');
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, name: 'nm.client.example' });
    const info = await transport.sendMail({ envelope: { from: 'alice@alice.example', to: ['bob@bob.example', 'carol@bob.example'] }, raw });
    transport.close();
    expect(info.accepted).toEqual(['bob@bob.example', 'carol@bob.example']);
    expectMailbox('bob', 'alice@alice.example', 'nm.client.example', [raw]);
    expectMailbox('carol', 'alice@alice.example', 'nm.client.example', [raw]);
  });

  it('refuses to relay without AUTH (5.7.1, Relay access denied), writes nothing', async () => {
    const port = await start();
    const out = await python(
      port,
      `s = smtplib.SMTP('127.0.0.1', PORT, local_hostname='py.client.example')
try:
    s.sendmail('alice@alice.example', ['dave@elsewhere.example'], b'Subject: x\\r\\n\\r\\nx\\r\\n')
    print(json.dumps('sent'))
except smtplib.SMTPRecipientsRefused as e:
    print(json.dumps({k: [v[0], v[1].decode()] for k, v in e.recipients.items()}))
s.quit()`,
    );
    const refused = JSON.parse(out) as Record<string, [number, string]>;
    // Postfix's wording; its code comes from the engine's catalogue.
    expect(refused['dave@elsewhere.example']?.[0]).toBe(REPLIES.relayDenied.code);
    expect(refused['dave@elsewhere.example']?.[0]).toBeGreaterThanOrEqual(550);
    expect(refused['dave@elsewhere.example']?.[1]).toMatch(/^5\.7\.1 /);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('relays after AUTH into outgoing/: the message and its envelope', async () => {
    const port = await start();
    const out = await python(
      port,
      `s = smtplib.SMTP('127.0.0.1', PORT, local_hostname='py.client.example')
s.login('alice', 'wonderland')
print(json.dumps(s.sendmail('alice@alice.example', ['dave@elsewhere.example'], b'Subject: out\\r\\n\\r\\nbye\\r\\n')))
s.quit()`,
    );
    expect(JSON.parse(out)).toEqual({});
    const files = readdirSync(join(spool, 'outgoing')).sort();
    expect(files).toHaveLength(2);
    const [eml, json] = files as [string, string];
    expect(eml.replace(/\.eml$/, '')).toBe(json.replace(/\.json$/, ''));
    expect(readFileSync(join(spool, 'outgoing', eml), 'latin1')).toMatch(/\r\n\r\nbye\r\n$/);
    expect(JSON.parse(readFileSync(join(spool, 'outgoing', json), 'utf8'))).toMatchObject({
      client: '127.0.0.1',
      envelope: { mailFrom: 'alice@alice.example', rcptTo: [{ address: 'dave@elsewhere.example' }] },
    });
  });

  it('answers an unknown local user with 550', async () => {
    const port = await start();
    const out = await python(
      port,
      `s = smtplib.SMTP('127.0.0.1', PORT)
try:
    s.sendmail('alice@alice.example', ['nobody@bob.example'], b'Subject: x\\r\\n\\r\\nx\\r\\n')
except smtplib.SMTPRecipientsRefused as e:
    print(json.dumps(e.recipients['nobody@bob.example'][0]))
s.quit()`,
    );
    expect(JSON.parse(out)).toBe(550);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('refuses an oversized message with 552, whether SIZE= announces it or the data shows it, and stores nothing', async () => {
    const port = await start({ maxSize: 1000 });
    const big = `Subject: big\r\n\r\n${`${'y'.repeat(78)}\r\n`.repeat(30)}`;
    const out = await python(
      port,
      `s = smtplib.SMTP('127.0.0.1', PORT)
try:
    s.sendmail('alice@alice.example', ['bob@bob.example'], ${JSON.stringify(big)}.encode())
except smtplib.SMTPSenderRefused as e:
    print(json.dumps(e.smtp_code))
s.quit()`,
    );
    expect(JSON.parse(out)).toBe(552);
    const replies = await converse(port, [
      'EHLO raw.example\r\n',
      'MAIL FROM:<alice@alice.example>\r\n',
      'RCPT TO:<bob@bob.example>\r\n',
      'DATA\r\n',
      `${big}.\r\n`,
      'QUIT\r\n',
    ]);
    expect(replies.map((r) => r.slice(0, 3))).toEqual(['220', '250', '250', '250', '354', '552', '221']);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('gives an idle connection 421 and closes it', async () => {
    const port = await start({ idleTimeout: 1 });
    const replies = await converse(port, ['EHLO idle.example\r\n']);
    expect(replies.map((r) => r.slice(0, 3))).toEqual(['220', '250', '421']);
    expect(replies[2]).toMatch(/^421 4\.4\.2 /);
  });

  it('answers 421 past the connection limit', async () => {
    const port = await start({ maxConnections: 1 });
    const first = connect(port, '127.0.0.1');
    await new Promise((resolve) => first.once('data', resolve));
    const replies = await converse(port, []);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^421 /);
    first.destroy();
  });

  it('names itself as --hostname says', async () => {
    const port = await start({ hostname: 'mx.test.example' });
    const replies = await converse(port, ['QUIT\r\n']);
    expect(replies[0]).toMatch(/^220 mx\.test\.example /);
  });

  it('on close, lets a delivery in flight finish with 250 before the 421', async () => {
    let running: RunningMta | undefined;
    let closing: Promise<void> | undefined;
    const log = {
      write(line: string) {
        // The end-of-data record is logged before the delivery is performed.
        if (line.includes(' → .\\r\\n')) closing ??= running?.close();
      },
    };
    running = mta = await startMta({ port: 0, spool, log });
    const content = Buffer.from('Subject: last one\r\n\r\nbye\r\n');
    const replies = await converse(mta.port, [
      'EHLO late.example\r\n',
      'MAIL FROM:<alice@alice.example>\r\n',
      'RCPT TO:<carol@bob.example>\r\n',
      'DATA\r\n',
      `${content.toString('latin1')}.\r\n`,
    ]);
    await closing;
    expect(closing).toBeDefined();
    expect(replies.map((r) => r.slice(0, 3))).toEqual(['220', '250', '250', '250', '354', '250', '421']);
    expect(replies.slice(5).map((r) => r.slice(0, 9))).toEqual(['250 2.0.0', '421 4.3.2']);
    expectMailbox('carol', 'alice@alice.example', 'late.example', [content]);
  });

  it('answers 451 4.3.0, never 250, when the mailbox cannot be written, and goes on', async () => {
    const port = await start();
    mkdirSync(join(spool, 'bob'));
    const replies = await converse(port, [
      'EHLO disk.example\r\n',
      'MAIL FROM:<alice@alice.example>\r\n',
      'RCPT TO:<bob@bob.example>\r\n',
      'DATA\r\n',
      'Subject: lost?\r\n\r\nno\r\n.\r\n',
      'QUIT\r\n',
    ]);
    expect(replies.map((r) => r.slice(0, 9))).toEqual(['220 mx.bo', '250 HELP', '250 2.1.0', '250 2.1.5', '354 End d', '451 4.3.0', '221 2.0.0']);
  });

  it('prints each session as one line per record, connect to close', async () => {
    const lines: string[] = [];
    mta = await startMta({ port: 0, spool, log: { write: (t: string) => lines.push(t) } });
    await converse(mta.port, ['HELO log.example\r\n', 'QUIT\r\n']);
    await mta.close();
    const text = lines.join('').replace(/^\d\d:\d\d:\d\d\.\d{3} /gm, '');
    expect(text).toMatch(/^#1 \* connect from 127\.0\.0\.1\n#1 ← 220 mx\.bob\.example [^\n]*\\r\\n  · [^\n]+ \(RFC 5321 §[\d.]+\)\n#1 → HELO log\.example\\r\\n  · [^\n]+\n#1 ← 250 [^\n]+\n#1 → QUIT\\r\\n  · [^\n]+\n#1 ← 221 [^\n]+\n#1 \* connection closed\n$/);
  });
});
