// The host shell's values: its state (plain data, kept in the world so that
// seeking brings the terminal back too), what it is told, what it asks the
// world to do, and the read-only view of its host it works from.
import type { DnsAnswer, DnsQuestion } from '../dns/index';

export type PendingDns = {
  tool: 'host' | 'dig';
  /** How to print: host's plain and -t forms, -a's verbose form, dig's full or +short form. */
  form: 'plain' | 'typed' | 'verbose' | 'full' | 'short';
  /** What the person typed after the tool name, for dig's banner. */
  args: string;
  questions: DnsQuestion[];
  answers: { question: DnsQuestion; answer: DnsAnswer }[];
  started: number;
};

export type Tool = 'telnet' | 'nc' | 'openssl';

export type StartTlsPhase = 'greeting' | 'ehlo' | 'starttls' | 'handshake' | 'done';

export type ComposeDraft = { to: string[]; subject?: string; body: string[]; debug: boolean };

export type ShellMode =
  | { type: 'prompt' }
  | { type: 'dns'; pending: PendingDns }
  | { type: 'connecting'; tool: Tool; target: string; port: number; crlf: boolean }
  /** `tls`: where openssl s_client's STARTTLS preamble stands (RFC 3207 §4); 'done' once the hand-shake is over. */
  | { type: 'connected'; tool: Tool; target: string; conn: string; crlf: boolean; tls?: StartTlsPhase }
  | { type: 'compose'; draft: ComposeDraft }
  | { type: 'sending'; debug: boolean }
  | { type: 'reading' }
  /** `tail -f FILE`: new lines of the file are printed until Ctrl-C. */
  | { type: 'following'; file: string }
  /** grep or tail without a file read what is typed, until Ctrl-D (or Ctrl-C). */
  | ({ type: 'filter' } & ({ tool: 'grep'; pattern: string; flags: string; invert: boolean } | { tool: 'tail'; lines: string[]; count: number }));

export type ShellState = {
  user: string;
  host: string;
  /** The last HISTSIZE lines typed at the prompt, oldest first. */
  history: string[];
  /** Lines dropped from the front of `history` once it was full, so `history` numbers them as bash does; absent while none were. */
  historyDropped?: number;
  /** Everything the terminal shows, prompts and echoed input included, for a view that redraws from scratch. */
  screen: string;
  mode: ShellMode;
  /** The terminal's width as it last told the shell (a terminal reports its size once, and again on a resize), for what wraps. */
  columns?: number;
};

export type ShellInput =
  /** A line the person typed, without its newline; '\x03' is Ctrl-C, '\x04' Ctrl-D, '\x1d' Ctrl-]; `columns`: the terminal's width, when it changed. */
  | { type: 'line'; line: string; columns?: number }
  | { type: 'dns'; question: DnsQuestion; answer: DnsAnswer }
  | { type: 'trying'; address: string }
  | { type: 'connected'; conn: string }
  | { type: 'connect-failed'; reason: 'refused' | 'timeout' | 'no-address' }
  | { type: 'data'; conn: string; bytes: Uint8Array }
  | { type: 'closed'; conn: string }
  /** The (simulated) TLS hand-shake on the shell's connection is done. */
  | { type: 'tls'; conn: string }
  | { type: 'submitted'; ok: boolean; text: string }
  /** One line of the user agent's SMTP dialogue, shown by `mail --debug-level=2`. */
  | { type: 'dialogue'; text: string }
  /** A line was appended to a log file of the host (for `tail -f`). */
  | { type: 'log'; file: string; line: string };

export type ShellRequest =
  | { type: 'resolve'; question: DnsQuestion }
  | { type: 'connect'; to: string; port: number }
  | { type: 'send'; conn: string; bytes: Uint8Array }
  | { type: 'close'; conn: string }
  /** Run the TLS hand-shake on this connection now (after the server's 220 to STARTTLS). */
  | { type: 'starttls'; conn: string }
  | { type: 'submit'; to: string[]; subject: string; text: string; debug: boolean }
  | { type: 'useradd'; user: string }
  /** A package manager installed this package: for postfix, the host now runs an MTA. */
  | { type: 'install'; package: 'postfix' };

export type QueueView = { id: string; size: number; arrived: number; sender: string; recipients: string[]; reason?: string; active: boolean };

/** What the shell may read of its host. */
export type ShellContext = {
  hostname: string;
  now: number;
  /** The MTA software is installed (mailq exists). */
  hasMta: boolean;
  /** `mail` has somewhere to send: a local MTA or a configured submission server. */
  canSend: boolean;
  users: string[];
  mailboxes: Readonly<Record<string, Uint8Array>>;
  queue: QueueView[];
  /** /var/log/mail.log's lines, when the host runs an MTA. */
  mailLog: readonly string[];
  nameServer: { name: string; address: string };
};

export type ShellStep = { state: ShellState; output: string; requests: ShellRequest[] };

/** What a tool's step gives the shell: its new mode, what it prints, what it asks of the world. */
export type ToolStep = { mode: ShellMode; output: string; requests?: ShellRequest[] };
