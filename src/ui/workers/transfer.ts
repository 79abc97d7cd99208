// What a worker reply hands over instead of copying: the page owns these
// bytes from then on, and the worker never reads them again.
import { flatten, type MessageView } from '../../store/playgroundMime';

/** A view's source and every part's packed header arrays. */
export function viewBuffers(view: MessageView): ArrayBuffer[] {
  const out = [view.source.buffer as ArrayBuffer];
  for (const p of flatten(view.root)) out.push(p.headers.ends.buffer as ArrayBuffer, p.headers.offsets.buffer as ArrayBuffer);
  return out;
}
