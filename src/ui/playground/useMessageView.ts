// Parses a message: small ones at once, large ones and picked files in the
// worker, so the tab never freezes (a 50 MB base64 line included). From the
// worker the tree comes first (bodies undecoded), then the errors that only
// decoding finds: the tree is on screen while the bodies are decoded.
import { useEffect, useMemo, useState } from 'react';
import type { CodecError } from '../../core';
import { parseToView, type MessageView } from '../../store/playgroundMime';
import { runInWorker, WORKER_THRESHOLD } from '../workers/client';
import type { JobResult } from '../workers/jobs';

export type MessageState = { view?: MessageView; busy: boolean; failure?: string };

/** Outlines asked for, by picked file: one job a file, however often its view is rendered or its effect run. */
const outlines = new WeakMap<Blob, Promise<JobResult>>();

/**
 * Starts outlining a picked file in the worker. Called on the pick itself,
 * the worker reads and parses while the page draws its busy state and
 * updates its URL (20–30 ms of the main thread before the effect that would
 * otherwise ask).
 */
export function outlineFile(file: Blob): Promise<JobResult> {
  let job = outlines.get(file);
  if (!job) {
    job = runInWorker({ kind: 'outline', input: file });
    outlines.set(file, job);
    // A failed job (the worker died) is not kept: the same file may be tried again.
    job.catch(() => outlines.delete(file));
  }
  return job;
}

/** A picked file (a Blob) is read by the worker itself: reading is asynchronous anyway, and the bytes then cross once. */
export function useMessageView(input: Uint8Array | Blob | undefined): MessageState {
  const remote = input instanceof Blob || (input !== undefined && input.length > WORKER_THRESHOLD);
  const small = useMemo(() => (input instanceof Uint8Array && !remote ? parseToView(input) : undefined), [input, remote]);
  const [outline, setOutline] = useState<MessageState>({ busy: false });
  const [checked, setChecked] = useState<{ of: MessageView; errors: CodecError[] }>();

  useEffect(() => {
    if (!input || !remote) return;
    let live = true;
    setOutline({ busy: true });
    // Bytes the caller keeps (typed text, a sample) go as a copy the worker may own.
    (input instanceof Blob ? outlineFile(input) : runInWorker({ kind: 'outline', input: input.slice() })).then(
      (r) => live && r.kind === 'outline' && setOutline({ view: r.view, busy: false }),
      (e: Error) => live && setOutline({ busy: false, failure: e.message }),
    );
    return () => {
      live = false;
    };
  }, [input, remote]);

  // After the tree is drawn (a passive effect), so copying the source never delays it.
  const drawn = outline.view;
  useEffect(() => {
    if (!drawn) return;
    let live = true;
    runInWorker({ kind: 'check', bytes: drawn.source.slice() }).then(
      (r) => live && r.kind === 'check' && setChecked({ of: drawn, errors: r.errors }),
      (e: Error) => live && setOutline((s) => ({ ...s, failure: e.message })),
    );
    return () => {
      live = false;
    };
  }, [drawn]);

  const view = useMemo(() => (drawn && checked?.of === drawn ? { ...drawn, errors: checked.errors, checked: true } : drawn), [drawn, checked]);
  return remote ? { ...outline, view } : { view: small, busy: false };
}
