// The DATA phase: unstuffing, the end-of-data line, bare line ends, size,
// 8-bit content, and the effects an accepted message becomes.
import { describe, expect, it } from 'vitest';
import { base64Encode } from '../../codec/base64';
import { openSession, stepSession } from './session';
import { converse, NOW, PEER, policyWith, talk, text } from './test-support/talk';
import type { ServerEffect } from './types';

const ALICE = base64Encode(new TextEncoder().encode('\0alice\0wonderland'));
const HEAD = 'EHLO client.alice.example\r\nMAIL FROM:<alice@alice.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\n';

function delivered(effects: ServerEffect[]): { mailbox: string; content: string; rcpt: string[] }[] {
  return effects.flatMap((e) => (e.type === 'deliver' ? [{ mailbox: e.mailbox, content: text(e.content), rcpt: e.envelope.rcptTo.map((r) => r.address) }] : []));
}

/** The message as delivered, without the Return-Path: and Received: the server prepends. */
function body(content: string): string {
  return content.replace(/^Return-Path: [^\r]*\r\nReceived: [\s\S]*?\+0000\r\n/, '');
}

describe('DATA', () => {
  it('undoes dot-stuffing and ends only on CRLF . CRLF', () => {
    const c = converse([HEAD + 'Subject: dots\r\n\r\n..leading dot\r\n...\r\n. not the end\r\n.\r\n']);
    expect(c.codes).toEqual([250, 250, 250, 354, 250]);
    expect(body(delivered(c.effects)[0]!.content)).toBe('Subject: dots\r\n\r\n.leading dot\r\n..\r\n not the end\r\n');
  });

  it('prepends Return-Path: and a Received: naming HELO name, address, server and time', () => {
    const c = converse([HEAD + 'Subject: hi\r\n\r\nHello\r\n.\r\n']);
    const content = delivered(c.effects)[0]!.content;
    expect(content).toBe(
      'Return-Path: <alice@alice.example>\r\n' +
        'Received: from client.alice.example (client.alice.example [192.0.2.10])\r\n' +
        '\tby mx.bob.example (SMTP Lab) with ESMTP id 1A21217DEE001\r\n' +
        '\tfor <bob@bob.example>; Wed, 25 Nov 2026 09:44:44 +0000\r\n' +
        'Subject: hi\r\n\r\nHello\r\n',
    );
    expect(NOW).toBe(0x1a21217dee0);
  });

  it('says ESMTPA and who authenticated, and SMTP after HELO', () => {
    const auth = converse([`EHLO c.example\r\nAUTH PLAIN ${ALICE}\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nx\r\n.\r\n`]);
    expect(delivered(auth.effects)[0]!.content).toContain('(Authenticated sender: alice)\r\n\tby mx.bob.example (SMTP Lab) with ESMTPA id');
    const helo = converse(['HELO c.example\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nx\r\n.\r\n']);
    expect(delivered(helo.effects)[0]!.content).toContain(' with SMTP id');
  });

  it('writes an authenticated user name that is not ASCII in UTF-8 into Received:', () => {
    const jurgen = base64Encode(new TextEncoder().encode('\0j\u00fcrgen\0pw'));
    const c = converse([`EHLO c.example\r\nAUTH PLAIN ${jurgen}\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nx\r\n.\r\n`], {
      policy: { accounts: [{ user: 'j\u00fcrgen', password: 'pw' }] },
    });
    const content = c.effects[0]!.type === 'deliver' ? c.effects[0]!.content : new Uint8Array();
    expect(new TextDecoder().decode(content)).toContain('(Authenticated sender: j\u00fcrgen)\r\n\tby mx.bob.example');
    expect(new TextDecoder().decode(content).endsWith('+0000\r\nx\r\n')).toBe(true);
  });

  it('delivers once per mailbox: a list expands, duplicates merge', () => {
    const c = converse(['EHLO c.example\r\nMAIL FROM:<>\r\nRCPT TO:<staff@bob.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nx\r\n.\r\n']);
    const d = delivered(c.effects);
    expect(d.map((x) => x.mailbox)).toEqual(['bob', 'carol']);
    expect(d[0]!.rcpt).toEqual(['staff@bob.example', 'bob@bob.example']);
    expect(d[1]!.rcpt).toEqual(['staff@bob.example']);
    expect(d[0]!.content.startsWith('Return-Path: <>\r\n')).toBe(true);
    // More than one recipient: the Received: names none of them.
    expect(d[0]!.content).not.toContain('\tfor <');
  });

  it('mixed local and remote recipients: deliver effects plus one relay with only the remote ones', () => {
    const c = converse([
      `EHLO c.example\r\nAUTH PLAIN ${ALICE}\r\nMAIL FROM:<alice@alice.example>\r\nRCPT TO:<bob@bob.example>\r\nRCPT TO:<dave@elsewhere.example>\r\nRCPT TO:<erin@other.example> \r\nRCPT TO:<erin@other.example>\r\nDATA\r\nx\r\n.\r\n`,
    ]);
    expect(c.effects.map((e) => e.type)).toEqual(['deliver', 'relay']);
    const relay = c.effects[1]!;
    if (relay.type !== 'relay') throw new Error('no relay');
    expect(relay.envelope.rcptTo.map((r) => r.address)).toEqual(['dave@elsewhere.example', 'erin@other.example']);
    expect(text(relay.content)).toMatch(/^Received: from c\.example/);
    expect(text(relay.content)).not.toContain('Return-Path:');
  });

  it('does not depend on where the chunks split, even inside CRLF . CRLF', () => {
    const whole = `${HEAD}a\r\n..b\r\n.\r\nQUIT\r\n`;
    const one = converse([whole]);
    for (let cut = 1; cut < whole.length; cut++) {
      const two = converse([whole.slice(0, cut), whole.slice(cut)]);
      expect(two.output).toBe(one.output);
      expect(delivered(two.effects)).toEqual(delivered(one.effects));
    }
  });

  it('gives the same bytes when every octet arrives on its own, a line longer than a fragment included', () => {
    const whole = `${HEAD}${'z'.repeat(9_000)}\r\n..b\r\n.\r\nQUIT\r\n`;
    const one = converse([whole]);
    const trickle = converse(whole.split(''));
    expect(trickle.output).toBe(one.output);
    expect(delivered(trickle.effects)).toEqual(delivered(one.effects));
  });

  it('refuses a message with a bare CR at its end (554 5.6.0, as sendmail 8.18), never ending the data on CR . CR', () => {
    const c = converse([`${HEAD}a\r.\rb\r\n.\r\nMAIL FROM:<alice@alice.example>\r\n`]);
    expect(c.codes).toEqual([250, 250, 250, 354, 554, 250]);
    expect(c.output).toContain('\r\n554 5.6.0 Bare carriage return (CR) not allowed\r\n');
    expect(c.effects).toEqual([]);
    expect(c.closed).toBe(false);
    const line = c.steps[0]!.records.find((r) => r.kind === 'data')!;
    expect(line.explanation).toMatchObject({ rfc: 'RFC 5321 §2.3.8', position: 1 });
  });

  it('finds a bare CR however the data is cut, in short lines and in fragments of a huge one', () => {
    for (const content of ['x\r', '\rx', `${'y'.repeat(20000)}\r${'y'.repeat(20000)}`, '..\r.']) {
      const wire = `${HEAD}ok\r\n${content}\r\nok\r\n.\r\n`;
      for (const size of [1, 7, 4096, wire.length]) {
        const chunks: string[] = [];
        for (let i = 0; i < wire.length; i += size) chunks.push(wire.slice(i, i + size));
        expect(converse(chunks).codes.at(-1), `${JSON.stringify(content.slice(0, 5))} in chunks of ${size}`).toBe(554);
      }
    }
  });

  it('with contentRecords off, records no content line and does the same otherwise', () => {
    const wire = `${HEAD}.a\r\nb\r\n${'c'.repeat(9000)}\r\nx\r.\r\n.\r\n${HEAD.slice(HEAD.indexOf('MAIL'))}ok\r\n.\r\n`;
    const run = (contentRecords: boolean) => {
      let state = openSession(policyWith(), PEER, NOW, { contentRecords }).state;
      const steps = [...wire].map((ch) => {
        const step = stepSession(state, { type: 'bytes', bytes: new TextEncoder().encode(ch), now: NOW });
        state = step.state;
        return step;
      });
      return { output: steps.map((s) => text(s.output)).join(''), effects: steps.flatMap((s) => s.effects), records: steps.flatMap((s) => s.records) };
    };
    const loud = run(true);
    const quiet = run(false);
    expect(quiet.output).toBe(loud.output);
    expect(quiet.output).toContain('554 5.6.0');
    expect(quiet.effects).toEqual(loud.effects);
    expect(quiet.records.filter((r) => r.kind === 'data')).toEqual([]);
    expect(quiet.records.filter((r) => r.kind !== 'data')).toEqual(loud.records.filter((r) => r.kind !== 'data'));
  });

  it('still takes a CR LF split across chunks as a line end', () => {
    const c = converse([`${HEAD}a\r`, '\nb\r', '\n.\r', '\n']);
    expect(c.codes.at(-1)).toBe(250);
  });

  it('answers a bare LF in the data with 521 and hangs up, delivering nothing (SMTP smuggling)', () => {
    const c = converse([`${HEAD}a\r\n\n.\nMAIL FROM:<evil@x.example>\r\n.\r\n`]);
    expect(c.codes).toEqual([250, 250, 250, 354, 521]);
    expect(c.closed).toBe(true);
    expect(c.effects).toEqual([{ type: 'close' }]);
  });

  it('answers a bare LF after a command with 521 and closes', () => {
    const c = converse(['NOOP\nQUIT\r\n']);
    expect(c.output).toBe('521 5.5.2 mx.bob.example Error: bare <LF> received\r\n');
    expect(c.closed).toBe(true);
  });

  it('refuses a message that grows past the size limit with 552 after the end, delivering nothing', () => {
    const c = converse([HEAD, 'x'.repeat(60) + '\r\n', 'y'.repeat(60) + '\r\n.\r\n', 'MAIL FROM:<a@a.example>\r\n'], { policy: { maxSize: 100 } });
    expect(c.codes).toEqual([250, 250, 250, 354, 552, 250]);
    expect(c.effects).toEqual([]);
    expect(c.state.data).toBeUndefined();
  });

  it('accepts a message of exactly the size limit, and refuses one octet more', () => {
    const c = converse([`${HEAD}${'x'.repeat(98)}\r\n.\r\n`], { policy: { maxSize: 100 } });
    expect(c.codes[4]).toBe(250);
    const over = converse([`${HEAD}${'x'.repeat(99)}\r\n.\r\n`], { policy: { maxSize: 100 } });
    expect(over.codes[4]).toBe(552);
    expect(over.effects).toEqual([]);
  });

  it('accepts 8-bit content without BODY=8BITMIME but says so in the record', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(HEAD), 0x63, 0x61, 0x66, 0xe9, 13, 10, 46, 13, 10]);
    const c = converse([bytes]);
    expect(c.codes[4]).toBe(250);
    const line = c.steps[0]!.records.find((r) => r.kind === 'data')!;
    expect(line.explanation.meaning).toContain('BODY=8BITMIME');
    const content = c.effects[0]!.type === 'deliver' ? c.effects[0]!.content : new Uint8Array();
    expect([...content.subarray(content.length - 6)]).toEqual([0x63, 0x61, 0x66, 0xe9, 13, 10]);
  });

  it('keeps a line longer than any buffer whole, fed in small pieces', () => {
    const long = 'L'.repeat(200_000);
    const pieces = [HEAD, '.', ...long.match(/.{1,7000}/g)!, '\r', '\n.\r\n'];
    const c = converse(pieces);
    expect(c.codes).toEqual([250, 250, 250, 354, 250]);
    expect(body(delivered(c.effects)[0]!.content)).toBe(`${long}\r\n`);
  });

  it('records every line in wire order, the last as data-end', () => {
    const c = converse([`${HEAD}a\r\n..b\r\n.\r\n`]);
    const kinds = c.steps[0]!.records.map((r) => `${r.from}:${r.kind}`);
    expect(kinds.slice(-6)).toEqual(['client:command', 'server:reply', 'client:data', 'client:data', 'client:data-end', 'server:reply']);
    expect(c.steps[0]!.records.find((r) => r.text === '..b\r\n')!.explanation.rfc).toBe('RFC 5321 §4.5.2');
  });

  it('answers pipelined transactions in order within one chunk', () => {
    const c = converse([`${HEAD}one\r\n.\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<carol@bob.example>\r\nDATA\r\n`, 'two\r\n.\r\nQUIT\r\n']);
    expect(c.codes).toEqual([250, 250, 250, 354, 250, 250, 250, 354, 250, 221]);
    expect(delivered(c.effects).map((d) => [d.mailbox, body(d.content)])).toEqual([
      ['bob', 'one\r\n'],
      ['carol', 'two\r\n'],
    ]);
    expect(c.output).toMatch(/queued as 1A21217DEE001\r\n[\s\S]*queued as 1A21217DEE002\r\n/);
  });

  it('takes an empty message', () => {
    const c = talk(['EHLO c.example', 'MAIL FROM:<a@a.example>', 'RCPT TO:<bob@bob.example>', 'DATA', '.']);
    expect(c.codes).toEqual([250, 250, 250, 354, 250]);
    expect(body(delivered(c.effects)[0]!.content)).toBe('');
  });
});

describe('DATA records', () => {
  it('carry each line\'s own text, 8-bit octets as Latin-1 characters', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEAD}first\r\n`), 0x63, 0xe9, 13, 10, ...new TextEncoder().encode('..third\r\n.\r\n')]);
    const c = converse([bytes]);
    const data = c.steps[0]!.records.filter((r) => r.kind === 'data' || r.kind === 'data-end');
    expect(data.map((r) => r.text)).toEqual(['first\r\n', 'c\u00e9\r\n', '..third\r\n', '.\r\n']);
    for (const r of data) expect(text(r.bytes)).toBe(r.text);
  });

  it('read 8-bit octets as Latin-1 even where they are valid UTF-8, or U+FFFD itself, in short and long chunks', () => {
    const utf8 = new TextEncoder().encode('caf\u00e9 \uFFFD\r\n');
    for (const pad of [0, 100]) {
      const c = converse([HEAD, new Uint8Array([...new TextEncoder().encode(`${'p'.repeat(pad)}\r\n`), ...utf8, 46, 13, 10])]);
      const line = c.steps[1]!.records.filter((r) => r.kind === 'data')[1]!;
      expect(line.text).toBe('caf\u00c3\u00a9 \u00ef\u00bf\u00bd\r\n');
      expect(line.explanation.meaning).toContain('BODY=8BITMIME');
    }
  });
});
