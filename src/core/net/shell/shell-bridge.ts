// Between a host's shell and the world: the shell is told what happened,
// and what it asks for (DNS, a TCP connection, bytes, a submission, a new
// user) is carried out here.
import { stepShell } from '../../shell/shell';
import type { ShellContext, ShellInput, ShellRequest } from '../../shell/types';
import type { ClientReport } from '../../smtp/client/types';
import { mailboxBytes } from '../mta/index';
import { submissionServer } from '../ua/index';
import { mailLogLines, postfixFor, type Host, type Tick } from '../world/index';

function shellContext(t: Tick, host: Host): ShellContext {
  const ns = t.host(t.world.nameServer);
  return {
    hostname: host.name,
    now: t.now,
    hasMta: host.mta !== undefined,
    canSend: submissionServer(host) !== undefined,
    users: host.users,
    mailboxes: Object.fromEntries(Object.keys(host.mailboxes).map((u) => [u, mailboxBytes(host, u)!])),
    queue: host.queue.map((q) => ({
      id: q.queueId,
      size: q.content.length,
      arrived: q.arrived,
      sender: q.envelope.mailFrom,
      recipients: q.recipients.filter((r) => r.status === 'pending').map((r) => r.address),
      ...(q.reason ? { reason: q.reason } : {}),
      active: q.state === 'active',
    })),
    mailLog: mailLogLines(host.mailLog),
    nameServer: { name: t.world.nameServer, address: ns?.address ?? '' },
  };
}

/** Tells a host's shell something and carries out what it asks. */
export function shellFeed(t: Tick, hostName: string, input: ShellInput): void {
  const host = t.host(hostName);
  if (!host) return;
  // A log line matters only to a tail -f of that file; skip building the shell's view of the host for the rest.
  if (input.type === 'log' && !(host.shell.mode.type === 'following' && host.shell.mode.file === input.file)) return;
  const step = stepShell(host.shell, input, shellContext(t, host));
  t.setHost({ ...host, shell: step.state });
  for (const r of step.requests) carryOut(t, hostName, r, input.type === 'line');
}

/** `mail` at this shell submitted a message: the shell says whether every recipient was taken, or the first refusal. */
export function submissionReported(t: Tick, hostName: string, report: ClientReport): void {
  const ok = report.recipients.some((r) => r.status === 'delivered');
  const bad = report.recipients.find((r) => r.status !== 'delivered');
  const text = report.error ?? (bad ? `${bad.address}: ${bad.reply.code} ${bad.reply.enhanced ?? ''} ${bad.reply.lines.join(' ')}`.replace(/  +/g, ' ') : '');
  shellFeed(t, hostName, { type: 'submitted', ok, text });
}

function carryOut(t: Tick, host: string, r: ShellRequest, typed: boolean): void {
  switch (r.type) {
    case 'resolve':
      t.cause({ type: 'resolve', host, question: r.question, purpose: { type: 'shell', host } });
      break;
    case 'connect':
      t.cause({ type: 'start-job', job: { type: 'terminal', host, to: r.to, port: r.port } });
      break;
    case 'send':
      t.cause({ type: 'send', conn: r.conn, from: 'client', bytes: r.bytes, records: [], typed });
      break;
    case 'close':
      t.cause({ type: 'close', conn: r.conn, side: 'client' });
      break;
    case 'starttls': {
      const c = t.conn(r.conn);
      if (c) t.later(t.delay(c.client, c.server), { type: 'tls-handshake', conn: r.conn });
      break;
    }
    case 'submit':
      t.later(0, { type: 'compose', host, draft: { to: r.to, subject: r.subject, text: r.text }, shell: true, debug: r.debug });
      break;
    case 'useradd':
      t.updateHost(host, (h) => ({
        ...h,
        users: [...h.users, r.user],
        mailboxes: { ...h.mailboxes, [r.user]: [] },
        ...(h.mta ? { mta: { ...h.mta, policy: { ...h.mta.policy, mailboxes: [...h.mta.policy.mailboxes, r.user] } } } : {}),
      }));
      break;
    case 'install':
      // Postfix's postinst starts the daemon: from now on the host has a local MTA and its users local mailboxes.
      t.updateHost(host, (h) => (h.mta ? h : { ...h, mta: postfixFor(h), mailboxes: { ...Object.fromEntries(h.users.map((u) => [u, []])), ...h.mailboxes } }));
      break;
  }
}
