// The loopback MTA: the core's server session machine on a real TCP port.
// The machine decides everything SMTP; this file only owns what the core
// may not: sockets, the clock, timers and the disk.
import { createServer, type Socket } from 'node:net';
import { mkdir } from 'node:fs/promises';
import { catalogueReply, defaultPolicy, formatReply, openSession, stepSession } from '../../core/index';
import type { ServerPolicy, ServerSession, ServerStep } from '../../core/index';
import type { PeerInfo } from '../../core/smtp/types';
import { defaults, type MtaOptions } from './options';
import { appendToMailbox, queueForRelay } from './spool';
import { silent, transcript, type LogSink, type Transcript } from './transcript';

export type StartOptions = Partial<MtaOptions> & {
  /** Where the transcript goes (default stdout); ignored when quiet. */
  log?: LogSink;
  /** The whole policy, for tests that need another world. */
  policy?: ServerPolicy;
};

export type RunningMta = {
  port: number;
  /** Stops accepting, lets deliveries finish, sends 421 to every session, resolves when all are closed. */
  close(): Promise<void>;
};

type Input = Parameters<typeof stepSession>[1];
type Effect = ServerStep['effects'][number];

/** What the command line may change in the default world. */
function policyFor(options: StartOptions): ServerPolicy {
  const base = options.policy ?? defaultPolicy;
  return {
    ...base,
    ...(options.hostname ? { hostname: options.hostname } : {}),
    ...(options.maxSize ? { maxSize: options.maxSize } : {}),
  };
}

/** IPv4 clients of a dual-stack listener show up as ::ffff:a.b.c.d; Received: wants the plain address. */
function peerOf(socket: Socket): PeerInfo {
  const address = (socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  return { address };
}

/** How long a stuck client may delay shutdown before its socket is cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function startMta(given: StartOptions = {}): Promise<RunningMta> {
  const options = { ...defaults, ...given };
  const policy = policyFor(given);
  const log: Transcript = options.quiet ? silent : transcript(given.log ?? process.stdout);
  await mkdir(options.spool, { recursive: true });

  const sessions = new Set<Connection>();
  let nextId = 1;
  let stopping = false;

  class Connection {
    readonly id = nextId++;
    state: ServerSession;
    private queue: Input[] = [];
    private running = false;
    private closed = false;
    readonly done: Promise<void>;

    constructor(readonly socket: Socket, readonly peer: PeerInfo, first: ServerStep, now: number) {
      this.state = first.state;
      this.done = new Promise((resolve) => socket.once('close', () => resolve()));
      socket.setTimeout(options.idleTimeout * 1000);
      socket.on('timeout', () => this.push({ type: 'timeout', now: Date.now() }));
      socket.on('data', (bytes: Buffer) => this.push({ type: 'bytes', bytes, now: Date.now() }));
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        this.closed = true;
        sessions.delete(this);
        log.note(this.id, Date.now(), 'connection closed');
      });
      void this.apply(first, now);
    }

    push(input: Input): void {
      if (this.closed) return;
      this.queue.push(input);
      if (!this.running) void this.drain();
    }

    /** One input at a time, in arrival order: the machine is a function of the whole byte stream. */
    private async drain(): Promise<void> {
      this.running = true;
      try {
        for (let input = this.queue.shift(); input && !this.closed; input = this.queue.shift()) {
          const step = stepSession(this.state, input);
          this.state = step.state;
          await this.apply(step, input.now);
        }
      } catch (error) {
        this.fail(error);
      } finally {
        this.running = false;
      }
    }

    /** Effects first, then the replies: a 250 after DATA must mean the mail is on disk (RFC 5321 §4.2.5). */
    private async apply(step: ServerStep, now: number): Promise<void> {
      for (const record of step.records) log.record(this.id, now, record);
      const stored = step.effects.filter((e) => e.type === 'deliver' || e.type === 'relay');
      if (stored.length > 0) {
        this.socket.pause();
        try {
          for (const effect of stored) await this.perform(effect, now);
        } catch (error) {
          this.fail(error);
          return;
        }
        this.socket.resume();
      }
      if (this.closed) return;
      if (step.output.length > 0) this.socket.write(step.output);
      if (step.effects.some((e) => e.type === 'start-tls')) {
        // The engine's STARTTLS is a simulated upgrade; a real client would
        // now start a TLS handshake we cannot answer, so end it plainly.
        log.note(this.id, now, 'STARTTLS is simulated only; closing');
        this.closed = true;
        this.socket.end();
      } else if (step.closed) {
        this.closed = true;
        this.socket.end();
      }
    }

    private async perform(effect: Effect, now: number): Promise<void> {
      if (effect.type === 'deliver') {
        await appendToMailbox(options.spool, effect.mailbox, effect.envelope.mailFrom, now, effect.content);
        log.note(this.id, Date.now(), `delivered ${effect.content.length} octets to ${effect.mailbox}`);
      } else if (effect.type === 'relay') {
        const id = await queueForRelay(options.spool, effect.envelope, effect.content, now, this.peer);
        log.note(this.id, Date.now(), `queued ${id} for relay to ${effect.envelope.rcptTo.map((r) => r.address).join(', ')} (kept in outgoing/)`);
      }
    }

    /**
     * A failed write or a bug: the client has not had its reply, so the
     * mail is still its responsibility; 421 tells it to try again later
     * (RFC 5321 §3.8), which is safe where a late 250 would not be.
     */
    private fail(error: unknown): void {
      log.note(this.id, Date.now(), `local error: ${error instanceof Error ? error.message : String(error)}`);
      if (this.closed) return;
      this.socket.end(formatReply(catalogueReply(policy, 'localError')));
      this.closed = true;
    }

    shutdown(): void {
      this.push({ type: 'shutdown', now: Date.now() });
    }
  }

  const server = createServer((socket) => {
    const now = Date.now();
    socket.setNoDelay(true);
    if (stopping) {
      socket.destroy();
      return;
    }
    const peer = peerOf(socket);
    const busy = sessions.size >= options.maxConnections;
    const first = openSession(policy, peer, now, busy ? { refuse: 'busy' } : undefined);
    if (busy) {
      // RFC 5321 §3.1: a server may refuse a connection with 421 at the greeting.
      socket.on('error', () => socket.destroy());
      log.note(0, now, `refused ${peer.address}: ${options.maxConnections} connections already`);
      socket.end(first.output);
      return;
    }
    log.note(nextId, now, `connect from ${peer.address}`);
    sessions.add(new Connection(socket, peer, first, now));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    stopping = true;
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    const open = [...sessions];
    // Each session finishes the input it already has (a delivery in flight
    // completes and gets its 250) before the machine's 421 4.3.2 ends it.
    for (const connection of open) connection.shutdown();
    const grace = setTimeout(() => open.forEach((c) => c.socket.destroy()), SHUTDOWN_GRACE_MS);
    await Promise.all(open.map((c) => c.done));
    clearTimeout(grace);
    await stopped;
  }

  return {
    port,
    close: () => (closing ??= close()),
  };
}
