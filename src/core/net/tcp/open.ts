// Opening a job's connection: the next target's address (asking DNS for
// it when only a name is known, RFC 5321 §5.1), then the handshake.
import { isAddress, type DnsAnswer, type DnsQuestion } from '../../dns/index';
import { messageIdOfJob, type Job, type Tick } from '../world/index';
import { connect } from './tcp';

function targetName(job: Job): { name: string; address?: string } | undefined {
  if (job.type === 'relay') return job.targets[job.index];
  return { name: job.to };
}

/** Finds the job's next address (DNS if need be) and opens the connection. */
export function startJob(t: Tick, job: Job): void {
  const target = targetName(job);
  if (!target) return;
  const port = job.type === 'terminal' ? job.port : 25;
  if (target.address) connect(t, job, job.host, target.address, port, messageIdOfJob(t, job));
  else if (isAddress(target.name)) connectAnswered(t, job, { name: target.name, type: 'A' }, { rcode: 'NOERROR', answers: [{ type: 'A', name: target.name, ttl: 0, address: target.name }], additional: [] });
  else t.cause({ type: 'resolve', host: job.host, question: { name: target.name, type: 'A' }, purpose: { type: 'connect', job } });
}

/** The A answer for the job's target is in: connect to it, or fail the job when there is none. */
export function connectAnswered(t: Tick, job: Job, q: DnsQuestion, answer: DnsAnswer): void {
  const a = answer.answers.find((r) => r.type === 'A');
  if (!a || a.type !== 'A') {
    t.cause({ type: 'job-failed', job, reason: 'no-address', text: `Host or domain name not found. Name service error for name=${q.name} type=A: Host not found` });
    return;
  }
  if (job.type === 'terminal') t.cause({ type: 'tell-shell', host: job.host, input: { type: 'trying', address: a.address } });
  connect(t, job, job.host, a.address, job.type === 'terminal' ? job.port : 25, messageIdOfJob(t, job));
}
