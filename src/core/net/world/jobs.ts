// What a job is about, read from the world: the message it carries (a
// user agent's submission, or an MTA's queue entry) and its Message-ID, so
// every event of its connection and its look-ups belongs to that message.
import type { Envelope } from '../../smtp/types';
import type { Job } from './actions';
import type { Tick } from './tick';

export function messageIdOfJob(t: Tick, job: Job): string | undefined {
  if (job.type === 'submit') return job.messageId;
  if (job.type === 'relay') return t.host(job.host)?.queue.find((e) => e.id === job.entry)?.messageId;
  return undefined;
}

export function jobContent(t: Tick, job: Job): { envelope: Envelope; content: Uint8Array } | undefined {
  if (job.type === 'submit') return job;
  if (job.type === 'relay') return t.host(job.host)?.queue.find((e) => e.id === job.entry);
  return undefined;
}
