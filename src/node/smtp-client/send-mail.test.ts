// Interop: the client machine, driven over a real socket, against nodemailer's
// smtp-server, a server nobody here wrote (issue 3, §4).
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../../core/smtp/client/index';
import { sendMail, sendMany } from './send-mail';

type Received = { from: string; to: string[]; user?: string; bytes: Buffer; body?: string };

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

async function startServer(extra: Partial<SMTPServerOptions> = {}): Promise<{ port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    allowInsecureAuth: true,
    authMethods: ['LOGIN', 'PLAIN'],
    size: 1_000_000,
    onAuth(auth, _session, callback) {
      if (auth.username === 'alice' && auth.password === 'wonderland') callback(null, { user: 'alice' });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (!address.address.startsWith('nobody@')) return callback();
      callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          bytes: Buffer.concat(chunks),
          body: (session.envelope.mailFrom && session.envelope.mailFrom.args && (session.envelope.mailFrom.args as Record<string, string>).BODY) || undefined,
        });
        callback(null, 'Queued');
      });
    },
    ...extra,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { port: (server.server.address() as AddressInfo).port, received };
}

const content = Buffer.from(
  'From: Alice <alice@alice.example>\r\nTo: bob@bob.example\r\nSubject: caf\u00e9\r\n\r\n.leading dot\r\n..two dots\r\n.\r\ncr\u00e8me br\u00fbl\u00e9e\r\n',
  'utf8',
);

function options(over: Partial<ClientOptions> = {}): ClientOptions {
  return {
    heloName: 'mail.alice.example',
    envelope: {
      mailFrom: 'alice@alice.example',
      mailParams: [],
      rcptTo: ['bob@bob.example', 'nobody@bob.example', 'carol@bob.example'].map((address) => ({ address, params: [] })),
    },
    content: new Uint8Array(content),
    ...over,
  };
}

describe('sendMail against nodemailer smtp-server', () => {
  for (const mechanism of ['LOGIN', 'PLAIN'] as const) {
    it(`delivers with AUTH ${mechanism}, dot lines and 8-bit content byte for byte`, async () => {
      const { port, received } = await startServer();
      const lines: string[] = [];
      const report = await sendMail('127.0.0.1', port, options({ auth: { mechanism, username: 'alice', password: 'wonderland' } }), {
        onRecord: (r) => lines.push(r.text),
      });
      expect(report.error).toBeUndefined();
      expect(report.recipients.map((r) => [r.address, r.status, r.reply.code])).toEqual([
        ['bob@bob.example', 'delivered', 250],
        ['nobody@bob.example', 'failed', 550],
        ['carol@bob.example', 'delivered', 250],
      ]);
      expect(received).toHaveLength(1);
      expect(received[0]!.user).toBe('alice');
      expect(received[0]!.from).toBe('alice@alice.example');
      expect(received[0]!.to).toEqual(['bob@bob.example', 'carol@bob.example']);
      expect(received[0]!.body).toBe('8BITMIME');
      expect(received[0]!.bytes.equals(content)).toBe(true);
      expect(lines).toContain('..leading dot\r\n');
      expect(lines.at(-1)).toMatch(/^221 /);
    });
  }

  it('reports 535 for bad credentials and sends nothing', async () => {
    const { port, received } = await startServer();
    const report = await sendMail('127.0.0.1', port, options({ auth: { mechanism: 'PLAIN', username: 'alice', password: 'queen' } }));
    expect(report.recipients.map((r) => [r.status, r.reply.code])).toEqual(Array(3).fill(['failed', 535]));
    expect(received).toEqual([]);
  });

  it('pipelines MAIL and RCPTs when the server offers PIPELINING', async () => {
    const { port, received } = await startServer();
    const sent: string[] = [];
    const report = await sendMail('127.0.0.1', port, options({ usePipelining: true }), {
      onRecord: (r) => r.from === 'client' && r.kind === 'command' && sent.push(r.verb ?? ''),
    });
    expect(sent).toEqual(['EHLO', 'MAIL', 'RCPT', 'RCPT', 'RCPT', 'DATA', 'QUIT']);
    expect(report.recipients.map((r) => r.status)).toEqual(['delivered', 'failed', 'delivered']);
    expect(received[0]!.bytes.equals(content)).toBe(true);
  });

  it('upgrades with STARTTLS and delivers over TLS', async () => {
    const { port, received } = await startServer();
    const kinds: string[] = [];
    const report = await sendMail('127.0.0.1', port, options({ startTls: 'require' }), {
      tls: { rejectUnauthorized: false },
      onRecord: (r) => kinds.push(r.kind === 'command' ? (r.verb ?? '') : r.kind),
    });
    expect(report.error).toBeUndefined();
    expect(kinds.filter((k) => ['EHLO', 'STARTTLS', 'tls', 'MAIL'].includes(k))).toEqual(['EHLO', 'STARTTLS', 'tls', 'tls', 'EHLO', 'MAIL']);
    expect(received[0]!.bytes.equals(content)).toBe(true);
  });

  it('sends many messages over one connection', async () => {
    const { port, received } = await startServer();
    const message = (i: number, to: string) => ({
      envelope: { mailFrom: 'alice@alice.example', mailParams: [], rcptTo: [{ address: to, params: [] }] },
      content: new TextEncoder().encode(`Subject: ${i}\r\n\r\nbody ${i}\r\n`),
    });
    const reports = await sendMany('127.0.0.1', port, { heloName: 'mail.alice.example', usePipelining: true }, [
      message(1, 'bob@bob.example'),
      message(2, 'nobody@bob.example'),
      message(3, 'carol@bob.example'),
    ]);
    expect(reports.map((r) => r.recipients[0]!.status)).toEqual(['delivered', 'failed', 'delivered']);
    expect(received.map((r) => r.bytes.toString())).toEqual(['Subject: 1\r\n\r\nbody 1\r\n', 'Subject: 3\r\n\r\nbody 3\r\n']);
  });

  it('defers everything when nobody listens', async () => {
    const { port } = await startServer();
    await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
    const report = await sendMail('127.0.0.1', port, options());
    expect(report.recipients.map((r) => r.status)).toEqual(['deferred', 'deferred', 'deferred']);
    expect(report.error).toMatch(/ECONNREFUSED/);
  });

  it('gives up on a server that never answers, after the timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const { port } = silent.address() as AddressInfo;
    const report = await sendMail('127.0.0.1', port, options(), { timeoutMs: 100 });
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(report.recipients.map((r) => r.status)).toEqual(['deferred', 'deferred', 'deferred']);
    expect(report.error).toMatch(/waiting for greeting: no answer for 100 ms/);
  });
});
