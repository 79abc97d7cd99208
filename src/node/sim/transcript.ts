// The transcript `npm run sim` prints: one block per event, time since the
// start, layer, hosts, and for SMTP the lines themselves (C: and S:), so an
// instructor can paste it into slides.
import type { WorldEvent } from '../../core/net/index';

function clock(ms: number): string {
  const s = ms / 1000;
  return `+${s.toFixed(3).padStart(8)}s`;
}

function formatEvent(e: WorldEvent, start: number): string {
  const head = `${String(e.seq).padStart(4)} ${clock(e.time - start)} ${e.layer.padEnd(8)} ${e.from} → ${e.to}`;
  if (e.layer === 'smtp' && e.kind === 'segment') {
    const who = e.summary.startsWith('C:') ? 'C' : 'S';
    const text = new TextDecoder('latin1').decode(e.bytes);
    const lines = text.split('\r\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return `${head}${e.encrypted ? '  [TLS]' : ''}\n${lines.map((l) => `       ${who}: ${l}`).join('\n')}`;
  }
  return `${head}  ${e.summary}`;
}

export function formatTranscript(log: readonly WorldEvent[]): string {
  const start = log[0]?.time ?? 0;
  return log.map((e) => formatEvent(e, start)).join('\n');
}
