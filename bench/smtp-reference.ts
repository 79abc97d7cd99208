// What the SMTP benchmarks share: the 10 KB message they all send, and the
// reference server two of them measure against: nodemailer's smtp-server,
// auth-less, adding the same Return-Path: and Received: our engine adds, so
// the two do the same work per message.
import { SMTPServer } from 'smtp-server';

/** A 10 KB message, one line starting with a dot so that stuffing is exercised. */
export function benchMessage(): Buffer {
  const head = 'From: alice@alice.example\r\nTo: bob@bob.example\r\nSubject: bench\r\nMessage-ID: <bench@alice.example>\r\n\r\n';
  const line = `${'x'.repeat(70)}\r\n`;
  const body = `.dot line\r\n${line.repeat(Math.ceil((10 * 1024 - head.length) / line.length))}`;
  return Buffer.from(head + body, 'latin1');
}

/** Dot-stuffs content for the wire (RFC 5321 §4.5.2) and adds the terminator. */
export function benchWire(content: Buffer): Buffer {
  return Buffer.concat([Buffer.from(content.toString('latin1').replace(/^\./gm, '..'), 'latin1'), Buffer.from('.\r\n')]);
}

export type ReferenceDelivery = (from: string, content: Buffer, now: number) => Promise<void> | void;

export function referenceServer(deliver: ReferenceDelivery, clock: () => number = Date.now): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    size: 10485760,
    logger: false,
    name: 'mx.bob.example',
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const now = clock();
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const trace =
          `Return-Path: <${from}>\r\nReceived: from ${session.hostNameAppearsAs} ([${session.remoteAddress}])\r\n` +
          `\tby mx.bob.example with ESMTP id ${session.id}\r\n\tfor <bob@bob.example>; ${new Date(now).toUTCString()}\r\n`;
        Promise.resolve(deliver(from, Buffer.concat([Buffer.from(trace, 'latin1'), ...chunks]), now)).then(() => done(), done);
      });
    },
  });
}
