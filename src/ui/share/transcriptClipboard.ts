// `Copy transcript`: the events the list shows, as plain text and as HTML
// with the part colours, so a slide pasted into keeps them.
import { formatTranscript, transcriptFragment } from '../../core/share/index';
import type { WorldEvent } from '../../core/net/index';

/** `start`: the log's first time, so the clock reads as in the whole transcript. */
export async function copyTranscript(events: readonly WorldEvent[], start: number): Promise<boolean> {
  const text = formatTranscript(events, start);
  try {
    if (typeof ClipboardItem !== 'undefined') {
      const html = transcriptFragment(events, start);
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return true;
    }
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
