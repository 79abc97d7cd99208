// The client machine on a real TCP connection: bytes from the socket go into
// stepClient, its output goes back out, its effects (TLS upgrade, close) are
// carried out here. The only I/O in the client lives in this file.
import net from 'node:net';
import tls from 'node:tls';
import { startClient, stepClient } from '../../core/smtp/client/index';
import type { ClientInput, ClientOptions, ClientReport, ClientSession } from '../../core/smtp/client/index';
import type { Envelope, TranscriptRecord } from '../../core/smtp/types';

export type DriverOptions = {
  /** Idle time after which the connection is given up (default 30 s). */
  timeoutMs?: number;
  /** For STARTTLS: e.g. `{ rejectUnauthorized: false }` against a self-signed test server. */
  tls?: tls.ConnectionOptions;
  /** Every transcript record, as it happens. */
  onRecord?: (record: TranscriptRecord) => void;
};

export type Message = { envelope: Envelope; content: Uint8Array };

/** Sends one message and resolves with what became of each recipient; never rejects. */
export async function sendMail(host: string, port: number, options: ClientOptions, driver: DriverOptions = {}): Promise<ClientReport> {
  const [report] = await drive(host, port, { ...options, keepOpen: false }, [], driver);
  return report!;
}

/**
 * Sends several messages over one connection (RSET between them when a
 * transaction ended early), then QUIT: one report a message, in order.
 */
export async function sendMany(
  host: string,
  port: number,
  options: Omit<ClientOptions, 'envelope' | 'content' | 'keepOpen'>,
  messages: Message[],
  driver: DriverOptions = {},
): Promise<ClientReport[]> {
  const [first, ...rest] = messages;
  if (!first) return [];
  return drive(host, port, { ...options, ...first, keepOpen: true }, rest, driver);
}

function drive(host: string, port: number, given: ClientOptions, queue: Message[], driver: DriverOptions): Promise<ClientReport[]> {
  // Content line records only when someone reads the transcript.
  const options: ClientOptions = driver.onRecord || given.contentRecords !== undefined ? given : { ...given, contentRecords: false };
  return new Promise((resolve) => {
    const reports: ClientReport[] = [];
    const pending = [...queue];
    let state: ClientSession = startClient(options).state;
    let socket: net.Socket = net.connect({ host, port, noDelay: true });
    let failure: string | undefined;
    let finished = false;

    const finish = () => {
      if (finished) return;
      finished = true;
      // Messages never attempted because the connection ended first.
      const lost = [options, ...queue].slice(reports.length);
      for (const m of lost) {
        reports.push({
          recipients: m.envelope.rcptTo.map((r) => ({ address: r.address, status: 'deferred', reply: { code: 421, enhanced: '4.4.2', lines: ['connection lost'] } })),
          error: `the connection ended before this message was sent${failure ? `: ${failure}` : ''}`,
        });
      }
      resolve(reports);
    };

    const feed = (input: ClientInput) => {
      if (state.phase === 'done') return;
      const step = stepClient(state, input);
      state = step.state;
      if (driver.onRecord) for (const r of step.records) driver.onRecord(r);
      if (step.output.length) socket.write(step.output);
      if (step.report) {
        reports.push(failure && step.report.error ? { ...step.report, error: `${step.report.error}: ${failure}` } : step.report);
        if (state.phase === 'idle') {
          const next = pending.shift();
          feed(next ? { type: 'send', ...next } : { type: 'quit' });
        }
      }
      for (const effect of step.effects) {
        if (effect.type === 'close') socket.end();
        else upgrade();
      }
      if (state.phase === 'done') {
        socket.end();
        finish();
      }
    };

    const onData = (chunk: Buffer) => feed({ type: 'bytes', bytes: new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length) });
    const onError = (err: Error) => {
      failure = err.message;
    };
    const onTimeout = () => {
      failure = `no answer for ${driver.timeoutMs ?? 30_000} ms`;
      socket.destroy();
    };
    const onClose = () => feed({ type: 'closed' });

    const attach = (s: net.Socket) => {
      s.setTimeout(driver.timeoutMs ?? 30_000);
      s.on('data', onData).on('error', onError).on('timeout', onTimeout).on('close', onClose);
    };
    const detach = (s: net.Socket) => {
      s.setTimeout(0);
      s.off('data', onData).off('error', onError).off('timeout', onTimeout).off('close', onClose);
    };

    // RFC 3207 §4.2: the same TCP connection, now carrying TLS.
    const upgrade = () => {
      const plain = socket;
      detach(plain);
      const secure = tls.connect({ ...driver.tls, socket: plain, servername: net.isIP(host) ? undefined : host });
      socket = secure;
      attach(secure);
      secure.once('secureConnect', () => feed({ type: 'tls-established' }));
    };

    attach(socket);
  });
}
