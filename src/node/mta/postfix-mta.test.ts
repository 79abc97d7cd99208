// A real Postfix (a private, loopback-only instance; see postfix-instance.ts)
// on both sides of the loopback MTA and the client machine: Postfix relaying
// into our MTA, our client delivering into Postfix's virtual mailboxes, and
// both servers given the same malformed sessions. Needs Postfix and root;
// elsewhere these tests say why and skip.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../core/index';
import { parseMbox } from '../../core/mbox/index';
import type { Envelope } from '../../core/smtp/types';
import { sendMany } from '../smtp-client/send-mail';
import { converse } from './converse';
import { postfixUnavailable, startPostfix, waitFor, type PostfixInstance } from './postfix-instance';
import { startMta, type RunningMta } from './server';

const unavailable = postfixUnavailable();
if (unavailable) console.log(`skipped: ${unavailable}`);

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message with every header Postfix would otherwise add, so what arrives can be compared whole. */
function message(subject: string, body: string[], eol = '\r\n'): Buffer {
  const headers = ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', `Subject: ${subject}`, `Message-ID: <${subject.replace(/\W+/g, '.')}@alice.example>`, 'Date: Tue, 08 Dec 2026 10:00:00 +0000'];
  return Buffer.from([...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', ...body, ''].join(eol), 'latin1');
}
// A dot line, a lone dot, a From line, an 8-bit line (UTF-8 é as latin1 octets).
const tricky = ['.leading dot', '.', 'From the start of a line', 'caf\xc3\xa9, 8-bit', 'last line'];

/** Stops whatever started, in order, even when one of them fails. */
async function stopAll(...steps: (() => Promise<unknown> | unknown)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps) await Promise.resolve().then(step).catch((e: unknown) => failures.push(e));
  if (failures.length) throw failures[0];
}

describe.skipIf(!!unavailable)('Postfix relaying into the loopback MTA', () => {
  let spool: string;
  let mta: RunningMta | undefined;
  let postfix: PostfixInstance | undefined;
  const transcript: string[] = [];
  beforeAll(async () => {
    spool = mkdtempSync(join(tmpdir(), 'mta-postfix-'));
    mta = await startMta({ port: 0, spool, log: { write: (t: string) => transcript.push(t) } });
    const port = mta.port;
    // debug_peer_list makes Postfix's smtp client log its side of the dialog.
    postfix = await startPostfix(() => ({ relayhost: `[127.0.0.1]:${port}`, debug_peer_list: '127.0.0.1' }));
  }, 60_000);
  afterAll(() => stopAll(() => postfix?.stop(), () => mta?.close(), () => rmSync(spool, { recursive: true, force: true })), 60_000);

  it('delivers a message whole, its Received: under ours, using PIPELINING, SIZE and 8BITMIME', async () => {
    const sent = message('through Postfix', tricky, '\n');
    await postfix!.sendmail(['-i', '-B', '8BITMIME', '-f', 'alice@alice.example', 'bob@bob.example'], sent);
    const line = await waitFor('the delivery in Postfix log', () => /: (\w+): to=<bob@bob\.example>, relay=127\.0\.0\.1\[127\.0\.0\.1\]:\d+, .*, status=(.*)/.exec(postfix!.log()) ?? undefined);
    const [, postfixId, status] = line;
    const ourId = /^sent \(250 2\.0\.0 Ok: queued as (\S+)\)$/.exec(status!)?.[1];
    expect(ourId, status).toBeDefined();
    expect(transcript.join('')).toContain(`← 250 2.0.0 Ok: queued as ${ourId}\\r\\n`);

    const { entries, errors } = parseMbox(readFileSync(join(spool, 'bob')));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const text = latin1(entries[0]!.content);
    const trace = new RegExp(
      `^Return-Path: <alice@alice\\.example>\\nReceived: from postfix\\.lab\\.example \\([^\\n]*\\[127\\.0\\.0\\.1\\]\\)\\n\\tby mx\\.bob\\.example \\(SMTP Lab\\) with ESMTP id ${escape(ourId!)}\\n\\tfor <bob@bob\\.example>; [^\\n]+\\n` +
        `Received: by postfix\\.lab\\.example \\(Postfix, from userid 0\\)\\n\\tid ${postfixId}; [^\\n]+\\n`,
    ).exec(text);
    expect(trace, text).not.toBeNull();
    expect(text.slice(trace![0].length)).toBe(latin1(sent));

    // SIZE= is the size Postfix queued; 8BITMIME because both sides offer it.
    const size = new RegExp(`: ${postfixId}: from=<alice@alice\\.example>, size=(\\d+),`).exec(postfix!.log())?.[1];
    expect(transcript.join('')).toContain(`→ MAIL FROM:<alice@alice.example> SIZE=${size} BODY=8BITMIME\\r\\n`);
    // PIPELINING: MAIL, RCPT and DATA went out before the first reply came back.
    const log = postfix!.log();
    expect(log).toContain('Using ESMTP PIPELINING');
    const dialog = [...log.matchAll(/postfix\/smtp\[\d+\]: ([<>]) 127\.0\.0\.1\[127\.0\.0\.1\]:\d+: (.*)/g)].map((m) => `${m[1]} ${m[2]}`);
    const mail = dialog.findIndex((l) => l.startsWith('> MAIL'));
    expect(dialog.slice(mail, mail + 6)).toEqual([
      `> MAIL FROM:<alice@alice.example> SIZE=${size} BODY=8BITMIME`,
      '> RCPT TO:<bob@bob.example>',
      '> DATA',
      '< 250 2.1.0 Ok',
      '< 250 2.1.5 Ok',
      '< 354 End data with <CR><LF>.<CR><LF>',
    ]);
  });
});

describe.skipIf(!!unavailable)('Postfix as the server', () => {
  let postfix: PostfixInstance | undefined;
  let spool: string;
  let mta: RunningMta | undefined;
  beforeAll(async () => {
    spool = mkdtempSync(join(tmpdir(), 'mta-postfix-'));
    postfix = await startPostfix(
      ({ etc, mail, nobody }) => ({
        virtual_mailbox_domains: 'bob.example',
        virtual_mailbox_base: mail,
        virtual_mailbox_maps: `texthash:${join(etc, 'vmailbox')}`,
        virtual_uid_maps: `static:${nobody.uid}`,
        virtual_gid_maps: `static:${nobody.gid}`,
        // The same limit as the loopback MTA, so SIZE= is judged alike.
        message_size_limit: String(defaultPolicy.maxSize),
      }),
      // bob/ with a slash: a Maildir, one file a message.
      { vmailbox: 'bob@bob.example bob/\n' },
    );
    mta = await startMta({ port: 0, spool, quiet: true });
  }, 60_000);
  afterAll(() => stopAll(() => postfix?.stop(), () => mta?.close(), () => rmSync(spool, { recursive: true, force: true })), 60_000);

  it('takes pipelined messages from the client machine whole, and refuses nobody@ with 550 5.1.1', async () => {
    const to = (...addresses: string[]): Envelope => ({ mailFrom: 'alice@alice.example', mailParams: [], rcptTo: addresses.map((address) => ({ address, params: [] })) });
    const messages = [
      { envelope: to('bob@bob.example'), content: message('one', ['.leading dot', '.', 'From the start of a line']) },
      { envelope: to('bob@bob.example'), content: message('two, 8-bit', tricky) },
      { envelope: to('bob@bob.example', 'nobody@bob.example'), content: message('three, one refused', ['hello']) },
      // Every RCPT refused: Postfix answers the pipelined DATA 554 5.5.1.
      { envelope: to('nobody@bob.example'), content: message('four, nobody', ['hello']) },
      { envelope: to('bob@bob.example'), content: message('five, after that', ['bye']) },
    ];
    const wire: string[] = [];
    const reports = await sendMany('127.0.0.1', postfix!.port, { heloName: 'client.lab.example', usePipelining: true }, messages, {
      timeoutMs: 15_000,
      onRecord: (r) => (r.kind === 'command' || r.kind === 'reply') && wire.push(`${r.from === 'client' ? '>' : '<'} ${r.text.trimEnd()}`),
    });
    expect(reports.map((r) => r.recipients.map((x) => x.status))).toEqual([['delivered'], ['delivered'], ['delivered', 'failed'], ['failed'], ['delivered']]);
    const refused = { code: 550, enhanced: '5.1.1', lines: ['<nobody@bob.example>: Recipient address rejected: User unknown in virtual mailbox table'] };
    expect(reports[2]!.recipients[1]!.reply).toEqual(refused);
    expect(reports[3]!.recipients[0]!.reply).toEqual(refused);
    expect(wire).toContain(`> MAIL FROM:<alice@alice.example> SIZE=${messages[1]!.content.length} BODY=8BITMIME`);
    // Pipelined: each MAIL, its RCPTs and DATA before the reply to MAIL.
    for (let at = wire.indexOf('< 250 2.1.0 Ok'); at >= 0; at = wire.indexOf('< 250 2.1.0 Ok', at + 1)) expect(wire[at - 1]).toBe('> DATA');

    // Each accepted message, by the queue id Postfix gave it, is in the Maildir as sent.
    const delivered = reports.flatMap((r, i) => (r.messageReply ? [{ id: /queued as (\w+)/.exec(r.messageReply.lines[0] ?? '')![1]!, content: messages[i]!.content }] : []));
    expect(delivered).toHaveLength(4);
    for (const { id } of delivered) await waitFor(`${id} in the Maildir`, () => (new RegExp(`: ${id}: to=<bob@bob\\.example>, relay=virtual, .*status=sent \\(delivered to maildir\\)`).test(postfix!.log()) ? true : undefined));
    const maildir = join(postfix!.mail, 'bob', 'new');
    const files = readdirSync(maildir).map((f) => readFileSync(join(maildir, f), 'latin1'));
    expect(files).toHaveLength(4);
    for (const { id, content } of delivered) {
      const file = files.find((f) => f.includes(` with ESMTP id ${id}\n`));
      const trace = /^Return-Path: <alice@alice\.example>\nX-Original-To: bob@bob\.example\nDelivered-To: bob@bob\.example\nReceived: from client\.lab\.example \([^\n]*\[127\.0\.0\.1\]\)\n(?:\t[^\n]*\n)+/.exec(file ?? '');
      expect(trace, file).not.toBeNull();
      expect(file!.slice(trace![0].length)).toBe(latin1(content).replace(/\r\n/g, '\n'));
    }
  });

  // Each session is EHLO, the commands, QUIT, to Postfix and to the loopback
  // MTA; compared are the codes and enhanced codes after EHLO's.
  const session = (commands: string[]) => ['EHLO raw.lab.example', ...commands, 'QUIT'].map((c) => `${c}\r\n`);
  const codes = async (port: number, commands: string[]) => (await converse(port, session(commands))).slice(2).map((r) => /^\d{3}(?: \d\.\d{1,3}\.\d{1,3}(?= ))?/.exec(r)?.[0] ?? r);

  it.each<[string, string[], string[]]>([
    ['DATA before MAIL (RFC 5321 §3.3)', ['DATA'], ['503 5.5.1']],
    ['RCPT before MAIL (RFC 5321 §3.3)', ['RCPT TO:<bob@bob.example>'], ['503 5.5.1']],
    ['a second MAIL (RFC 5321 §4.1.4)', ['MAIL FROM:<alice@alice.example>', 'MAIL FROM:<alice@alice.example>'], ['250 2.1.0', '503 5.5.1']],
    ['SIZE= above the limit (RFC 1870 §6.1)', ['MAIL FROM:<alice@alice.example> SIZE=999999999999'], ['552 5.3.4']],
    ['an unknown command (RFC 5321 §4.2.4)', ['FOO'], ['500 5.5.2']],
    ['an unknown MAIL parameter (RFC 5321 §4.1.1.11)', ['MAIL FROM:<alice@alice.example> FOO=BAR'], ['555 5.5.4']],
    ['an unknown RCPT parameter (RFC 5321 §4.1.1.11)', ['MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example> FOO=BAR'], ['250 2.1.0', '555 5.5.4']],
    ['MAIL without FROM: (RFC 5321 §4.1.1.2)', ['MAIL TO:<alice@alice.example>'], ['501 5.5.4']],
    ['RSET with an argument (RFC 5321 §4.1.1.5)', ['RSET now'], ['501 5.5.4']],
    ['an unknown user, then DATA (RFC 5321 §3.3)', ['MAIL FROM:<alice@alice.example>', 'RCPT TO:<nobody@bob.example>', 'DATA'], ['250 2.1.0', '550 5.1.1', '554 5.5.1']],
  ])('%s: both answer the same', async (_, commands, expected) => {
    expect(await codes(postfix!.port, commands), 'Postfix').toEqual([...expected, '221 2.0.0']);
    expect(await codes(mta!.port, commands), 'loopback MTA').toEqual([...expected, '221 2.0.0']);
  });

  // Where the RFCs leave the choice and the two choose differently; kept so
  // that a change on either side shows.
  it.each<[string, string[], { postfix: string[]; lab: string[] }]>([
    // RFC 5321 §4.5.3.1.4 sets 512 octets; Postfix reads up to line_length_limit (2048) and cuts the rest silently.
    ['a 605-octet command line', [`NOOP ${'x'.repeat(600)}`], { postfix: ['250 2.0.0'], lab: ['500 5.5.2'] }],
    // Postfix gives no enhanced code to a HELO/EHLO syntax error.
    ['HELO without a name', ['HELO'], { postfix: ['501'], lab: ['501 5.5.4'] }],
    // strict_rfc821_envelopes = no (Postfix's default) takes an address without <>.
    ['MAIL FROM: without angle brackets', ['MAIL FROM:alice@alice.example'], { postfix: ['250 2.1.0'], lab: ['501 5.5.4'] }],
    // RFC 6152 defines 7BIT and 8BITMIME; Postfix calls another value unsupported (555), we call it bad syntax (501).
    ['BODY=9BIT', ['MAIL FROM:<alice@alice.example> BODY=9BIT'], { postfix: ['555 5.5.4'], lab: ['501 5.5.4'] }],
  ])('%s: they differ', async (_, commands, { postfix: theirs, lab: ours }) => {
    expect(await codes(postfix!.port, commands), 'Postfix').toEqual([...theirs, '221 2.0.0']);
    expect(await codes(mta!.port, commands), 'loopback MTA').toEqual([...ours, '221 2.0.0']);
  });

  it('QUIT with an argument: Postfix says goodbye, the loopback MTA calls it a syntax error', async () => {
    expect(await codes(postfix!.port, ['QUIT now'])).toEqual(['221 2.0.0']);
    expect(await codes(mta!.port, ['QUIT now'])).toEqual(['501 5.5.4', '221 2.0.0']);
  });
});
