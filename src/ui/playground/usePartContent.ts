// Decodes one part: small ones at once, large ones in the worker (decoding a
// 50 MB base64 body on the main thread would freeze the tab). A part is large
// by its header block too: parsing costs by the line, and 230 KB of short
// header lines (25,000 fields) took 30–60 ms on the main thread.
import { useEffect, useMemo, useState } from 'react';
import { partContent, type PartContent, type PartView } from '../../store/playgroundMime';
import { runInWorker, WORKER_THRESHOLD } from '../workers/client';

/** Header bytes parsed at once at most: a few milliseconds of fields. */
const HEADERS_THRESHOLD = 32 * 1024;

export type ContentState = { content?: PartContent; busy: boolean; failure?: string };

export function usePartContent(source: Uint8Array, part: PartView, leaf: boolean): ContentState {
  const large = part.end - part.start > WORKER_THRESHOLD || part.bodyStart - part.start > HEADERS_THRESHOLD;
  const small = useMemo(() => (leaf && !large ? partContent(source, part) : undefined), [source, part, leaf, large]);
  const [remote, setRemote] = useState<ContentState>({ busy: false });
  useEffect(() => {
    if (!leaf || !large) return;
    let live = true;
    setRemote({ busy: true });
    runInWorker({ kind: 'content', bytes: source.slice(part.start, part.end) }).then(
      (r) => live && r.kind === 'content' && setRemote({ content: r.content, busy: false }),
      (e: Error) => live && setRemote({ busy: false, failure: e.message }),
    );
    return () => {
      live = false;
    };
  }, [source, part, leaf, large]);
  return large ? remote : { content: small, busy: false };
}
