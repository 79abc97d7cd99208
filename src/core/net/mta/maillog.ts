// /var/log/mail.log as Postfix writes it through syslog: one line a step of
// the mail's way through the host (smtpd took it, cleanup read it, qmgr
// queued it, smtp or local passed it on or could not), each stamped with
// the simulated time, the host's short name and the program with its pid.
// Pids are a function of host and program, so one seed gives one log.
import { MONTHS } from '../../mime/received';
import { queueId } from '../../smtp/server/deliver';
import { appendLine, type QueueEntry, type Tick } from '../world/index';

export type MailProgram = 'smtpd' | 'cleanup' | 'qmgr' | 'smtp' | 'local' | 'bounce';

const two = (n: number) => String(n).padStart(2, '0');

/** The classic syslog stamp (RFC 3164 §4.1.2): 'Nov 25 09:00:00', the day padded with a space. */
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** A pid for the program on the host: the same each run, different between programs. */
function pid(host: string, program: MailProgram): number {
  let h = 2166136261;
  for (const c of `${host}/${program}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return 1000 + (h % 30000);
}

/** Appends a line to the host's mail log and tells its shell, so that `tail -f` shows it as it happens. */
export function logMail(t: Tick, hostName: string, program: MailProgram, text: string): void {
  const host = t.host(hostName);
  if (!host?.mta) return;
  const line = `${stamp(t.now)} ${hostName.split('.')[0]} postfix/${program}[${pid(hostName, program)}]: ${text}`;
  t.setHost({ ...host, mailLog: appendLine(host.mailLog, line) });
  t.cause({ type: 'tell-shell', host: hostName, input: { type: 'log', file: MAIL_LOG, line } });
}

export const MAIL_LOG = '/var/log/mail.log';

/** Seconds as Postfix prints delays: two decimals below 10 s, whole seconds above (qmgr's log_delay). */
export function seconds(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return s < 10 ? String(Math.round(s * 100) / 100) : String(Math.round(s));
}

/** The `to=… status=…` line of one recipient's delivery attempt (Postfix's smtp and local agents). */
export function statusLine(q: Pick<QueueEntry, 'queueId' | 'arrived' | 'tried'>, now: number, to: string, relay: string, dsn: string, status: 'sent' | 'deferred' | 'bounced', why: string): string {
  const tried = q.tried ?? q.arrived;
  // delays=a/b/c/d: before the queue manager, in the queue, connection set-up, transmission (Postfix 2.3 and later).
  const delays = `0/${seconds(tried - q.arrived)}/0/${seconds(now - tried)}`;
  return `${q.queueId}: to=<${to}>, relay=${relay}, delay=${seconds(now - q.arrived)}, delays=${delays}, dsn=${dsn}, status=${status} (${why})`;
}

/** The DSN code of a reply text ('550 5.1.1 …' → '5.1.1'), else one for its class. */
export function dsnOf(text: string, fallback: string): string {
  return /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? fallback;
}

/** A queue id for mail the MTA writes itself (a bounce), in the engine's style: numbered as the queue entry it is about to get, so no id is used up. */
export function newQueueId(t: Tick): string {
  return queueId(t.now, t.world.nextId + 1);
}

/** What Postfix logs once it has a message: smtpd's client= (when it came by SMTP), cleanup's message-id, qmgr's from=. */
export function logAccepted(t: Tick, host: string, qid: string, m: { from: string; size: number; nrcpt: number; messageId: string }, client?: string): void {
  if (client) logMail(t, host, 'smtpd', `${qid}: client=${client}`);
  logMail(t, host, 'cleanup', `${qid}: message-id=${m.messageId}`);
  logMail(t, host, 'qmgr', `${qid}: from=<${m.from}>, size=${m.size}, nrcpt=${m.nrcpt} (queue active)`);
}

/** Local delivery of one recipient (Postfix's local agent, mailbox_command unset). */
export function logLocal(t: Tick, host: string, q: Pick<QueueEntry, 'queueId' | 'arrived' | 'tried'>, to: string): void {
  logMail(t, host, 'local', statusLine(q, t.now, to, 'local', '2.0.0', 'sent', 'delivered to mailbox'));
}
