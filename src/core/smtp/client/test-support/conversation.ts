// A scripted server for the client machine's tests: feed it reply chunks and
// read back what the client sent, recorded and reported.
import type { TranscriptRecord } from '../../types';
import { startClient, stepClient } from '../session';
import type { ClientEffect, ClientInput, ClientOptions, ClientReport, ClientSession } from '../types';

export const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

export const EHLO_FULL =
  '250-mx.bob.example\r\n250-SIZE 10485760\r\n250-8BITMIME\r\n250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n250-AUTH LOGIN PLAIN\r\n250 HELP\r\n';
export const EHLO_PLAIN = '250-mx.bob.example\r\n250 HELP\r\n';

export function options(over: Partial<ClientOptions> = {}): ClientOptions {
  return {
    heloName: 'mail.alice.example',
    envelope: {
      mailFrom: 'alice@alice.example',
      mailParams: [],
      rcptTo: [
        { address: 'bob@bob.example', params: [] },
        { address: 'carol@bob.example', params: [] },
      ],
    },
    content: enc('Subject: hi\r\n\r\nHello\r\n'),
    ...over,
  };
}

/** Feeds the server's chunks one at a time and keeps what the client did. */
export class Conversation {
  state: ClientSession;
  sent: string[] = [];
  records: TranscriptRecord[] = [];
  effects: ClientEffect[] = [];
  report?: ClientReport;

  constructor(opts: ClientOptions) {
    const first = startClient(opts);
    this.state = first.state;
    if (first.output.length) throw new Error('the client spoke before the greeting');
  }

  feed(...inputs: (string | ClientInput)[]): this {
    for (const input of inputs) {
      const step = stepClient(this.state, typeof input === 'string' ? { type: 'bytes', bytes: enc(input) } : input);
      this.state = step.state;
      if (step.output.length) this.sent.push(dec(step.output));
      for (const r of step.records) this.records.push(r);
      for (const e of step.effects) this.effects.push(e);
      if (step.report) {
        if (this.report) throw new Error('a second report before the first was taken');
        this.report = step.report;
      }
    }
    return this;
  }

  /** What the client sent, one command line an entry. */
  get lines(): string[] {
    return this.sent.join('').split('\r\n').slice(0, -1);
  }

  statuses(): string[] {
    return this.report!.recipients.map((r) => `${r.address} ${r.status} ${r.reply.code}`);
  }
}

export const happyTail = ['250 2.1.0 Ok\r\n', '250 2.1.5 Ok\r\n', '250 2.1.5 Ok\r\n', '354 End data with <CR><LF>.<CR><LF>\r\n', '250 2.0.0 Ok: queued\r\n', '221 2.0.0 Bye\r\n'];
