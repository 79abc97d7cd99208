// Parses a message: small ones at once, large ones in the worker, so the tab
// never freezes (a 50 MB base64 line included).
import { useEffect, useMemo, useState } from 'react';
import { parseToView, type MessageView } from '../../store/playgroundMime';
import { runInWorker, WORKER_THRESHOLD } from '../workers/client';

export type MessageState = { view?: MessageView; busy: boolean; failure?: string };

export function useMessageView(bytes: Uint8Array | undefined): MessageState {
  const large = bytes !== undefined && bytes.length > WORKER_THRESHOLD;
  const small = useMemo(() => (bytes && !large ? parseToView(bytes) : undefined), [bytes, large]);
  const [remote, setRemote] = useState<MessageState>({ busy: false });
  useEffect(() => {
    if (!bytes || !large) return;
    let live = true;
    setRemote({ busy: true });
    // The worker takes a copy, so the caller's bytes stay usable.
    runInWorker({ kind: 'parse', bytes: bytes.slice() }).then(
      (r) => live && r.kind === 'parse' && setRemote({ view: r.view, busy: false }),
      (e: Error) => live && setRemote({ busy: false, failure: e.message }),
    );
    return () => {
      live = false;
    };
  }, [bytes, large]);
  return large ? remote : { view: small, busy: false };
}
