// smtp-client: messages a second sent by the client machine (through its Node
// driver, one connection) against nodemailer's SMTPConnection sending the
// same 10 KB messages on one connection, both to the same nodemailer
// smtp-server on 127.0.0.1: once with PIPELINING offered (both clients use
// it) and once with it hidden (both wait for every reply).
import type { AddressInfo } from 'node:net';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { SMTPServer } from 'smtp-server';
import { compareTimes, result, type BenchResult, type Suite } from '../harness';
import { benchMessage } from '../smtp-reference';
import { sendMany, type Message } from '../../src/node/smtp-client/send-mail';

const MESSAGES = 1000;

async function startServer(pipelining: boolean): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    hidePIPELINING: !pipelining,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => callback(null, 'Queued'));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function ours(port: number, messages: Message[]): Promise<void> {
  const reports = await sendMany('127.0.0.1', port, { heloName: 'bench.example', usePipelining: true }, messages);
  if (reports.some((r) => r.recipients[0]?.status !== 'delivered')) throw new Error(`not delivered: ${JSON.stringify(reports.find((r) => r.error))}`);
}

async function nodemailer(port: number, body: Buffer): Promise<void> {
  const connection = new SMTPConnection({ host: '127.0.0.1', port, ignoreTLS: true, name: 'bench.example' });
  await new Promise<void>((resolve, reject) => {
    connection.once('error', reject);
    connection.connect(() => resolve());
  });
  const envelope = { from: 'alice@alice.example', to: ['bob@bob.example'] };
  for (let i = 0; i < MESSAGES; i++) {
    await new Promise<void>((resolve, reject) => connection.send(envelope, body, (err) => (err ? reject(err) : resolve())));
  }
  connection.quit();
}

export const suite: Suite = {
  name: 'smtp-client',
  async run(): Promise<BenchResult[]> {
    const body = benchMessage();
    const messages: Message[] = Array.from({ length: MESSAGES }, () => ({
      envelope: { mailFrom: 'alice@alice.example', mailParams: [], rcptTo: [{ address: 'bob@bob.example', params: [] }] },
      content: new Uint8Array(body),
    }));
    const results: BenchResult[] = [];
    for (const pipelining of [true, false]) {
      const server = await startServer(pipelining);
      try {
        const t = await compareTimes(() => ours(server.port, messages), () => nodemailer(server.port, body), 5);
        const name = pipelining ? 'smtp-client-pipelined' : 'smtp-client-unpipelined';
        results.push(result(name, 'messages/s', (MESSAGES * 1000) / t.ours, (MESSAGES * 1000) / t.reference, 'nodemailer SMTPConnection', true, 'ratio ≥ 1'));
      } finally {
        await server.close();
      }
    }
    return results;
  },
};
