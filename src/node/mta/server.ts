// The loopback MTA: the core's server session machine on a real TCP port.
// The machine decides everything SMTP; this file only owns what the core
// may not: sockets, the clock, timers and the disk.
import { createServer, type Socket } from 'node:net';
import { mkdir } from 'node:fs/promises';
import { catalogueReply, defaultPolicy, formatReply, openSession, stepSession } from '../../core/index';
import type { ReplyKey } from '../../core/smtp/replies';
import type { ServerPolicy, ServerSession, ServerStep } from '../../core/index';
import type { PeerInfo } from '../../core/smtp/types';
import { defaults, type MtaOptions } from './options';
import { completesCommandLine, nextDeadline, type Deadline } from './deadline';
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

/** ENOSPC and EDQUOT are a full disk (452 4.3.1); any other failure to store is 451 4.3.0, as Postfix words them. */
function storageReply(error: unknown): ReplyKey {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'insufficientStorage' : 'writeError';
}

/** How long a stuck client may delay shutdown before its socket is cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function startMta(given: StartOptions = {}): Promise<RunningMta> {
  const options = { ...defaults, ...given };
  const policy = policyFor(given);
  const log: Transcript = options.quiet ? silent : transcript(given.log ?? process.stdout);
  await mkdir(options.spool, { recursive: true });

  const sessions = new Set<Connection>();
  const perClient = new Map<string, number>();
  let nextId = 1;
  let stopping = false;

  class Connection {
    state: ServerSession;
    private queue: Input[] = [];
    private running = false;
    private closed = false;
    readonly done: Promise<void>;

    /** The deadline running now: for the next command line, or for the whole DATA phase. */
    private deadline: (Deadline & { timer: NodeJS.Timeout }) | undefined;

    constructor(readonly id: number, readonly socket: Socket, readonly peer: PeerInfo, first: ServerStep, now: number) {
      this.state = first.state;
      this.done = new Promise((resolve) => socket.once('close', () => resolve()));
      socket.setTimeout(options.idleTimeout * 1000);
      socket.on('timeout', () => this.push({ type: 'timeout', now: Date.now() }));
      socket.on('data', (bytes: Buffer) => this.push({ type: 'bytes', bytes, now: Date.now() }));
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        this.closed = true;
        if (this.deadline) clearTimeout(this.deadline.timer);
        sessions.delete(this);
        perClient.set(peer.address, (perClient.get(peer.address) ?? 1) - 1);
        if (!perClient.get(peer.address)) perClient.delete(peer.address);
        log.note(this.id, Date.now(), 'connection closed');
      });
      void this.apply(first, now);
    }

    /** Arms the deadline that follows this step (see deadline.ts), unless the running one stands. */
    private armDeadline(step: ServerStep, now: number): void {
      if (step.closed) return;
      const next = nextDeadline(this.deadline, this.state.mode === 'data', completesCommandLine(step), now, options);
      if (next === this.deadline) return;
      if (this.deadline) clearTimeout(this.deadline.timer);
      const seconds = next.phase === 'data' ? options.dataDeadline : options.lineDeadline;
      const timer = setTimeout(() => {
        log.note(this.id, Date.now(), `${next.phase === 'data' ? 'DATA' : 'command line'} not complete after ${seconds} s`);
        this.push({ type: 'timeout', now: Date.now() });
      }, Math.max(0, next.due - Date.now()));
      timer.unref();
      this.deadline = { ...next, timer };
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
      let output = step.output;
      if (stored.length > 0) {
        this.socket.pause();
        const failed = new Map<string, ReplyKey>();
        for (const effect of stored) {
          if (failed.has(effect.id)) continue;
          try {
            await this.perform(effect, now);
          } catch (error) {
            failed.set(effect.id, storageReply(error));
            log.note(this.id, Date.now(), `not stored, ${effect.id}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (failed.size) output = this.refuseUnstored(step, failed);
        this.socket.resume();
      }
      if (this.closed) return;
      this.armDeadline(step, now);
      if (output.length > 0) this.socket.write(output);
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

    /**
     * The step's replies with each unstored message's 250 replaced by 452
     * 4.3.1 (disk full) or 451 4.3.0: the client keeps that message and
     * retries, the session goes on (RFC 5321 §4.2.5). The machine's state
     * after either reply to the final dot is the same (the transaction is
     * over), so only the words change. A message stored in one mailbox
     * and not in another may then arrive twice there, never zero times.
     */
    private refuseUnstored(step: ServerStep, failed: Map<string, ReplyKey>): Uint8Array {
      const parts = step.replies.map((reply) => {
        const id = /^Ok: queued as (\S+)$/.exec(reply.lines[0] ?? '')?.[1];
        const key = id === undefined ? undefined : failed.get(id);
        return formatReply(key === undefined ? reply : catalogueReply(policy, key));
      });
      for (const key of failed.values()) log.note(this.id, Date.now(), `answered ${formatReply(catalogueReply(policy, key)).trimEnd()} instead of 250`);
      // Encoded as the machine encodes its own output, so every other reply keeps its bytes.
      return new TextEncoder().encode(parts.join(''));
    }

    private async perform(effect: Effect, now: number): Promise<void> {
      if (effect.type === 'deliver') {
        await appendToMailbox(options.spool, effect.mailbox, effect.envelope.mailFrom, now, effect.content);
        log.note(this.id, Date.now(), `delivered ${effect.content.length} octets to ${effect.mailbox}`);
      } else if (effect.type === 'relay') {
        const id = await queueForRelay(options.spool, effect.id, effect.envelope, effect.content, now, this.peer);
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
    const fromClient = perClient.get(peer.address) ?? 0;
    // The per-client limit sits below the overall one (Postfix's
    // smtpd_client_connection_count_limit), so one address cannot take
    // every slot and lock the others out.
    const refuse = sessions.size >= options.maxConnections ? 'busy' : fromClient >= options.maxConnectionsPerClient ? 'client-limit' : undefined;
    const id = nextId++;
    const first = openSession(policy, peer, now, { ...(refuse ? { refuse } : {}), queueIdBase: `Z${id.toString(16)}Z`, ...(options.quiet ? { contentRecords: false } : {}) });
    if (refuse) {
      // RFC 5321 §3.1: a server may refuse a connection with 421 at the greeting.
      socket.on('error', () => socket.destroy());
      const why = refuse === 'busy' ? `${options.maxConnections} connections already` : `${fromClient} connections from it already`;
      log.note(0, now, `refused ${peer.address}: ${why}`);
      socket.end(first.output);
      return;
    }
    log.note(id, now, `connect from ${peer.address}`);
    perClient.set(peer.address, fromClient + 1);
    sessions.add(new Connection(id, socket, peer, first, now));
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
