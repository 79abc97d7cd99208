// The reference server both SMTP benchmarks measure against: nodemailer's
// smtp-server, auth-less, adding the same Return-Path: and Received: our
// engine adds, so the two do the same work per message.
import { SMTPServer } from 'smtp-server';

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
