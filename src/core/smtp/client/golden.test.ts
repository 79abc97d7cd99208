// The server's golden transcripts read from the other side: fed the "S:"
// lines, the client must say exactly the "C:" lines (RFC 5321 Appendix D.1
// and an RFC 821-only server). The envelope and content are taken from the
// transcript itself, so the fixture stays the single source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../types';
import { Conversation, enc } from './test-support/conversation';

const DIR = join(__dirname, '..', 'server', 'fixtures');

type Turn = { from: 'C' | 'S'; line: string };

function turns(source: string): Turn[] {
  return source.split('\n').flatMap((raw) => {
    const m = /^([CS]):(?: (.*))?$/.exec(raw);
    return m ? [{ from: m[1] as 'C' | 'S', line: m[2] ?? '' }] : [];
  });
}

/** What the client was asked to send, read back from its own lines. */
function message(client: string[]): { heloName: string; envelope: Envelope; content: Uint8Array } {
  const heloName = client[0]!.replace(/^EHLO /, '');
  const mailFrom = /^MAIL FROM:<(.*)>/.exec(client.find((l) => l.startsWith('MAIL'))!)![1]!;
  const rcptTo = client.filter((l) => l.startsWith('RCPT')).map((l) => ({ address: /<(.*)>/.exec(l)![1]!, params: [] }));
  const start = client.indexOf('DATA') + 1;
  const body = client.slice(start, client.indexOf('.', start)).map((l) => `${l.startsWith('.') ? l.slice(1) : l}\r\n`);
  return { heloName, envelope: { mailFrom, mailParams: [], rcptTo }, content: enc(body.join('')) };
}

describe('client against the golden server transcripts', () => {
  for (const name of ['rfc5321-d1-typical', 'rfc821-fallback']) {
    it(`says the client's lines of ${name}`, () => {
      const script = turns(readFileSync(join(DIR, `${name}.smtp`), 'utf8'));
      const client = script.filter((t) => t.from === 'C').map((t) => t.line);
      const c = new Conversation(message(client));
      // One chunk a reply: a reply's lines run until the next client line.
      let chunk = '';
      for (const t of script) {
        if (t.from === 'S') chunk += `${t.line}\r\n`;
        else if (chunk) {
          c.feed(chunk);
          chunk = '';
        }
      }
      c.feed(chunk);
      // RFC 5321's D.1 leaves out the SIZE= its server's EHLO invites (RFC 1870 §6).
      expect(c.lines.map((l) => l.replace(/ SIZE=\d+$/, ''))).toEqual(client);
      expect(c.state.phase).toBe('done');
      expect(c.report!.recipients.map((r) => r.status)).toEqual(client.filter((l) => l.startsWith('RCPT')).map((l) => (l.includes('Green') ? 'failed' : 'delivered')));
    });
  }
});
