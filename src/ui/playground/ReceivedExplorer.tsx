// Received headers: paste a message's headers and read its route, first hop
// first, with the delay between hops and clocks that disagree (RFC 5321 §4.4).
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { parseMessage } from '../../core';
import { traceRoute, type Hop } from '../../core/mime/received';
import { playgroundStore } from '../../store/playgroundStore';
import { InputArea } from './InputArea';
import type { Highlight } from './HighlightedText';
import { bytesToChars } from './offsets';
import { EXAMPLE_HEADERS } from './receivedExample';
import { DirectionSwitch } from './DirectionSwitch';
import { StampBuilder } from './StampBuilder';

function duration(ms: number): string {
  const sign = ms < 0 ? '−' : '+';
  let s = Math.abs(ms) / 1000;
  if (s < 60) return `${sign}${s} s`;
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['min', 60]] as const) {
    if (s >= size) {
      parts.push(`${Math.floor(s / size)} ${unit}`);
      s %= size;
    }
  }
  if (s) parts.push(`${Math.round(s)} s`);
  return `${sign}${parts.join(' ')}`;
}

function when(time: number | undefined): string {
  return time === undefined ? 'date not readable' : new Date(time).toISOString().replace('T', ' ').replace('.000Z', ' UTC');
}

export function ReceivedExplorer() {
  const direction = useStore(playgroundStore, (s) => s.inputs.received.direction);
  return (
    <div className="pg-explorer">
      <div className="pg-controls">
        <DirectionSwitch name="received" value={direction} onChange={(d) => playgroundStore.getState().setDirection('received', d)} />
        <span className="pg-hint">{direction === 'decode' ? 'Read the route from a message’s headers.' : 'Write the stamp a relay adds.'}</span>
      </div>
      {direction === 'decode' ? <RouteReader /> : <StampBuilder />}
    </div>
  );
}

function RouteReader() {
  const text = useStore(playgroundStore, (s) => s.inputs.received.text);
  const setText = (t: string) => playgroundStore.getState().setText('received', t);
  const [active, setActive] = useState<number>();
  const parsed = useMemo(() => parseMessage(text), [text]);
  const headers = parsed.root.headers;
  const hops = useMemo(() => traceRoute(headers), [headers]);
  const span = (index: number) => bytesToChars(parsed.source, 'utf-8', headers[index] ?? { start: 0, end: 0 });

  const marks: Highlight[] = [];
  const hop = active === undefined ? undefined : hops[active];
  if (hop) {
    marks.push({ ...span(hop.header), className: 'hl-step' });
    for (const i of hop.added) marks.push({ ...span(i), className: 'hl-linked' });
  }

  return (
    <>
      <div className="pg-controls">
        <button type="button" className="pg-button" onClick={() => setText(EXAMPLE_HEADERS)}>
          Load an example
        </button>
        <span className="pg-hint">Paste the headers of a message (in your mail client: “show original” or “view source”).</span>
      </div>
      <div className="pg-sides">
        <div className="pg-side">
          <div className="pg-side-head">
            <label htmlFor="received-input">Input</label>
            <span className="pg-side-kind">headers, newest on top</span>
          </div>
          <InputArea id="received-input" value={text} onChange={setText} highlights={marks} onSelect={() => undefined} placeholder="Received: from … by …; date" />
        </div>
        <div className="pg-side">
          <div className="pg-side-head">
            <span className="pg-side-title">Output</span>
            <span className="pg-side-kind">the route, first hop first</span>
          </div>
          <div className="pg-output pg-hops" role="region" aria-label="Output">
            {hops.length === 0 ? (
              <p className="pg-hint">No Received: header yet. Each relay adds one on top, so the bottom one is the first hop.</p>
            ) : (
              <ol onMouseLeave={() => setActive(undefined)}>
                {hops.map((h, i) => (
                  <HopItem key={h.header} hop={h} number={i + 1} names={h.added.map((k) => headers[k]?.name ?? '')}
                    active={active === i} onActive={(on) => setActive(on ? i : undefined)} />
                ))}
              </ol>
            )}
          </div>
        </div>
      </div>
    </>
  );
}

type HopProps = { hop: Hop; number: number; names: string[]; active: boolean; onActive(on: boolean): void };

function HopItem({ hop, number, names, active, onActive }: HopProps) {
  const r = hop.received;
  return (
    <li className={`pg-hop${active ? ' active' : ''}${hop.skew ? ' skew' : ''}`} tabIndex={0}
      onMouseEnter={() => onActive(true)} onFocus={() => onActive(true)} onBlur={() => onActive(false)}>
      {hop.delay !== undefined && (
        <div className={`pg-delay${hop.skew ? ' skew' : ''}`}>
          {duration(hop.delay)}
          {hop.skew && ' — clock skew: this clock reads earlier than the previous hop’s'}
        </div>
      )}
      <div className="pg-hop-route">
        <span className="pg-hop-n">Hop {number}</span>
        <span><b>from</b> <code>{r.from ?? '(not given)'}</code>{r.fromInfo && <span className="pg-hint"> ({r.fromInfo})</span>}</span>
        <span><b>by</b> <code>{r.by ?? '(not given)'}</code></span>
      </div>
      <dl className="pg-hop-facts">
        {r.with && (<><dt>with</dt><dd><code>{r.with}</code></dd></>)}
        {r.id && (<><dt>id</dt><dd><code>{r.id}</code></dd></>)}
        {r.for && (<><dt>for</dt><dd><code>{r.for}</code></dd></>)}
        {r.via && (<><dt>via</dt><dd><code>{r.via}</code></dd></>)}
        <dt>when</dt>
        <dd>{when(r.time)}{r.date && <span className="pg-hint"> ({r.date})</span>}</dd>
        {names.length > 0 && (<><dt>added</dt><dd>{names.join(', ')} <span className="pg-hint">(the headers just below its stamp; above it for the newest hop)</span></dd></>)}
      </dl>
      {r.errors.length > 0 && (
        <ul className="pg-hop-errors">
          {r.errors.map((e, k) => (
            <li key={k}><span className="pg-at">at {e.offset}</span> {e.message}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
