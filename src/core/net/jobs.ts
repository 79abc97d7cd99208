// Who opened a connection decides what happens around it: an MTA's queue
// entry, a user agent's submission, or a person's telnet. This file routes
// the connection's outcomes back to them.
import type { ClientReport } from '../smtp/client/types';
import type { Envelope } from '../smtp/types';
import type { Job } from './actions';
import type { Connection } from './connection';
import { resolve } from './dns-flow';
import { attemptDone, tryNext } from './mta';
import { shellFeed } from './shell-bridge';
import { connect } from './tcp';
import type { Tick } from './tick';
import { isAddress, type DnsAnswer, type DnsQuestion } from './zone';

function targetName(job: Job): { name: string; address?: string } | undefined {
  if (job.type === 'relay') return job.targets[job.index];
  return { name: job.to };
}

export function messageIdOfJob(t: Tick, job: Job): string | undefined {
  if (job.type === 'submit') return job.messageId;
  if (job.type === 'relay') return t.host(job.host)?.queue.find((e) => e.id === job.entry)?.messageId;
  return undefined;
}

/** Finds the job's next address (DNS if need be) and opens the connection. */
export function startJob(t: Tick, job: Job): void {
  const target = targetName(job);
  if (!target) return;
  const port = job.type === 'terminal' ? job.port : 25;
  if (target.address) connect(t, job, job.host, target.address, port, messageIdOfJob(t, job));
  else if (isAddress(target.name)) connectAnswered(t, job, { name: target.name, type: 'A' }, { rcode: 'NOERROR', answers: [{ type: 'A', name: target.name, ttl: 0, address: target.name }], additional: [] });
  else resolve(t, job.host, { name: target.name, type: 'A' }, { type: 'connect', job });
}

export function connectAnswered(t: Tick, job: Job, q: DnsQuestion, answer: DnsAnswer): void {
  const a = answer.answers.find((r) => r.type === 'A');
  if (!a || a.type !== 'A') {
    jobFailed(t, job, 'no-address', `Host or domain name not found. Name service error for name=${q.name} type=A: Host not found`);
    return;
  }
  if (job.type === 'terminal') shellFeed(t, job.host, { type: 'trying', address: a.address });
  connect(t, job, job.host, a.address, job.type === 'terminal' ? job.port : 25, messageIdOfJob(t, job));
}

export function jobContent(t: Tick, job: Job): { envelope: Envelope; content: Uint8Array } | undefined {
  if (job.type === 'submit') return job;
  if (job.type === 'relay') return t.host(job.host)?.queue.find((e) => e.id === job.entry);
  return undefined;
}

export function jobFailed(t: Tick, job: Job, reason: 'refused' | 'timeout' | 'no-address', text: string): void {
  if (job.type === 'relay') tryNext(t, job, text);
  else if (job.type === 'terminal') shellFeed(t, job.host, { type: 'connect-failed', reason });
  else if (job.shell) shellFeed(t, job.host, { type: 'submitted', ok: false, text });
}

export function jobReport(t: Tick, c: Connection, report: ClientReport): void {
  const job = c.job;
  if (job.type === 'relay') attemptDone(t, job, report, c);
  else if (job.type === 'submit' && job.shell) {
    const ok = report.recipients.some((r) => r.status === 'delivered');
    const bad = report.recipients.find((r) => r.status !== 'delivered');
    const text = report.error ?? (bad ? `${bad.address}: ${bad.reply.code} ${bad.reply.enhanced ?? ''} ${bad.reply.lines.join(' ')}`.replace(/  +/g, ' ') : '');
    shellFeed(t, job.host, { type: 'submitted', ok, text });
  }
}
