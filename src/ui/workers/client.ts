// The page's side of the parsing worker: one worker, started on first use,
// answering jobs by id.
import type { Job, JobResult, WorkerReply, WorkerRequest } from './jobs';

/** Inputs larger than this are parsed in the worker (DESIGN.md: never block a frame). */
export const WORKER_THRESHOLD = 256 * 1024;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(r: JobResult): void; reject(e: Error): void }>();

function start(): Worker {
  const w = new Worker(new URL('../workers/mime.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<WorkerReply>) => {
    const waiter = pending.get(e.data.id);
    if (!waiter) return;
    pending.delete(e.data.id);
    if (e.data.result) waiter.resolve(e.data.result);
    else waiter.reject(new Error(e.data.failure ?? 'the worker gave no result'));
  };
  w.onerror = (e) => {
    for (const waiter of pending.values()) waiter.reject(new Error(e.message || 'the worker failed'));
    pending.clear();
    worker = undefined;
  };
  return w;
}

/** Starts the worker ahead of need, so a big file does not wait for its start-up. */
export function warmWorker(): void {
  worker ??= start();
}

export function runInWorker(job: Job): Promise<JobResult> {
  worker ??= start();
  const id = nextId++;
  const request: WorkerRequest = { id, job };
  // Bytes are handed over, not copied (callers send bytes they can give up);
  // a file is a handle the worker reads.
  const bytes = job.kind === 'outline' ? job.input : job.kind === 'codec' ? undefined : job.bytes;
  const transfer = bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [];
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request, transfer);
  });
}
