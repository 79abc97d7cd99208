// The check language (LESSONS.md "Lessons as data"): what a step asks of the
// world, as plain data, so a lesson never needs code of its own and the
// builder can write checks by pinning what it saw. Every clause may carry its
// own sentence (`says`); otherwise one is generated from the data.
import type { Faults } from '../net/index';
import type { Layer } from '../net/index';

/**
 * Text to look for: a plain string is a case-insensitive substring; the
 * object form can be a regular expression. Matching is bounded (see
 * pattern.ts), so a pattern from a shared file cannot freeze the tab.
 */
export type Pattern = string | { text: string; regex?: boolean; caseSensitive?: boolean };

/** A number to meet: a bare number means "at least"; `exactly` and `max` bound it. */
export type Count = number | { min?: number; max?: number; exactly?: number };

/**
 * Commands in the dialogue are their verbs ('MAIL', 'RCPT' …) and three
 * exchanges that have no verb: the server's greeting, the content after DATA
 * up to the lone dot, and a line answering an AUTH challenge (RFC 4954 §4).
 */
export const GREETING = '<greeting>';
export const CONTENT = '<content>';
export const AUTH_LINE = '<auth>';

export type ReplyClause = {
  type: 'reply';
  /** The server host that answered; any when absent. */
  server?: string;
  /** The client host that asked. */
  client?: string;
  /** A verb, or GREETING, CONTENT, AUTH_LINE. */
  command?: string;
  /** What followed the verb ('<bob@bob.example>'), so RCPT TO a given address can be asked for. */
  argument?: Pattern;
  /** One code or any of several. */
  code?: number | number[];
  /** RFC 3463 enhanced status code, '5.1.1'. */
  enhanced?: string;
  text?: Pattern;
  count?: Count;
};

export type EventClause = {
  type: 'event';
  layer?: Layer;
  kind?: string;
  from?: string;
  to?: string;
  summary?: Pattern;
  /** Only events that an observer sees encrypted (or, false, in clear). */
  encrypted?: boolean;
  count?: Count;
};

export type FaultClause = {
  type: 'fault';
  host: string;
  key: keyof Faults;
  /** The value the key must have now; switched on (truthy, not the default) when absent. */
  value?: Faults[keyof Faults];
};

export type PartMatch = { type?: string; encoding?: string; charset?: string };

export type MessageMatch = {
  /** Envelope sender (MAIL FROM; '' for the null path). */
  sender?: Pattern;
  /** Some envelope recipient (RCPT TO). */
  recipient?: Pattern;
  present?: string[];
  absent?: string[];
  headers?: { name: string; value: Pattern }[];
  body?: Pattern;
  received?: Count;
  /** MIME parts that must all be found somewhere in the tree. */
  parts?: PartMatch[];
};

export type MboxClause = {
  type: 'mbox';
  /** The host keeping /var/mail; any host when absent. */
  host?: string;
  user: string;
  /** How many (matching) messages the mailbox holds now. */
  count?: Count;
  /** How many more (matching) messages than when the step began. */
  delta?: Count;
  message?: MessageMatch;
};

export type ShellClause = {
  type: 'shell';
  host?: string;
  command?: Pattern;
  output?: Pattern;
  failed?: boolean;
  count?: Count;
};

export type PlaygroundClause = {
  type: 'playground';
  explorer?: string;
  charset?: string;
  direction?: 'decode' | 'encode';
  input?: Pattern;
  output?: Pattern;
};

export type AnswerClause = {
  type: 'answer';
  question: string;
  /** Accepted answers, compared trimmed, case-insensitive, with runs of spaces as one. */
  accept: string[];
};

export type LeafClause = ReplyClause | EventClause | FaultClause | MboxClause | ShellClause | PlaygroundClause | AnswerClause;

export type Check = (
  | { type: 'all'; of: Check[] }
  | { type: 'any'; of: Check[] }
  | { type: 'not'; check: Check }
  /** Each clause met after the one before, and with `sameConnection`, all on one SMTP connection. */
  | { type: 'then'; of: Check[]; sameConnection?: boolean }
  | LeafClause
) & { says?: string };

export const CHECK_TYPES = ['all', 'any', 'not', 'then', 'reply', 'event', 'fault', 'mbox', 'shell', 'playground', 'answer'] as const;
