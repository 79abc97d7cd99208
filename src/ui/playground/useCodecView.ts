// Runs a codec request: small inputs at once on the main thread, large ones
// in the worker (the page stays responsive while it works).
import { useEffect, useMemo, useState } from 'react';
import { runCodec, type CodecRequest, type CodecView } from '../../store/playgroundCodecs';
import { runInWorker, WORKER_THRESHOLD } from '../workers/client';

export type CodecState = { view?: CodecView; busy: boolean; failure?: string };

export function useCodecView(req: CodecRequest): CodecState {
  const size = req.file?.length ?? req.text.length;
  const large = size > WORKER_THRESHOLD;
  const { codec, direction, text, file, charset, wordEncoding } = req;
  const small = useMemo(
    () => (large ? undefined : runCodec({ codec, direction, text, charset, wordEncoding, ...(file ? { file } : {}) })),
    [large, codec, direction, text, file, charset, wordEncoding],
  );
  const [remote, setRemote] = useState<CodecState>({ busy: false });
  useEffect(() => {
    if (!large) return;
    let live = true;
    setRemote((r) => ({ ...r, busy: true }));
    const request: CodecRequest = { codec, direction, text, charset, wordEncoding, ...(file ? { file: file.slice() } : {}) };
    runInWorker({ kind: 'codec', request }).then(
      (result) => live && result.kind === 'codec' && setRemote({ view: result.view, busy: false }),
      (e: Error) => live && setRemote({ busy: false, failure: e.message }),
    );
    return () => {
      live = false;
    };
  }, [large, codec, direction, text, file, charset, wordEncoding]);
  return large ? remote : { view: small, busy: false };
}
