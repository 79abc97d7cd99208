/// <reference lib="webworker" />
// Parses large input off the main thread so the page never blocks a frame
// (DESIGN.md, quality bars: speed). The work itself is the core's.
import { runCodec } from '../../store/playgroundCodecs';
import { messageErrors, outlineView, partContent } from '../../store/playgroundMime';
import type { Job, JobResult, WorkerReply, WorkerRequest } from './jobs';
import { runRounds, warmUpRounds } from './warm';
import { viewBuffers } from './transfer';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function run(job: Job): Promise<JobResult> {
  switch (job.kind) {
    case 'outline': {
      const bytes = job.input instanceof Blob ? new Uint8Array(await job.input.arrayBuffer()) : job.input;
      return { kind: 'outline', view: outlineView(bytes) };
    }
    case 'check':
      return { kind: 'check', errors: messageErrors(job.bytes) };
    case 'codec':
      return { kind: 'codec', view: runCodec(job.request) };
    case 'content':
      return { kind: 'content', content: partContent(job.bytes, { start: 0, end: job.bytes.length }) };
  }
}

async function answer({ id, job }: WorkerRequest): Promise<WorkerReply> {
  try {
    return { id, result: await run(job) };
  } catch (e) {
    // The core never throws on input; reaching here is a bug (or an unreadable file) worth showing.
    return { id, failure: e instanceof Error ? e.message : String(e) };
  }
}

/** Whether a job has come: the warm-up stops then. */
let asked = false;

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  asked = true;
  const reply = await answer(e.data);
  // Handing the buffers over instead of copying them: the page owns the bytes from here on.
  const transfer: Transferable[] = [];
  if (reply.result?.kind === 'outline') transfer.push(...viewBuffers(reply.result.view));
  if (reply.result?.kind === 'content') transfer.push(reply.result.content.bytes.buffer as ArrayBuffer);
  scope.postMessage(reply, transfer);
};

runRounds(warmUpRounds(), () => asked);
