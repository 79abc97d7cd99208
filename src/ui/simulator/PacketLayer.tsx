import { useEffect, useRef } from 'react';
import type { Point } from './topologyLayout';

export type PacketShape = 'segment' | 'tcp' | 'dns';

export type Packet = {
  /** Changes for every new packet, so the same hop twice still animates. */
  id: number;
  from: string;
  to: string;
  shape: PacketShape;
  /** Share of the bytes that are envelope, headers and body; empty for a plain command or reply. */
  parts: readonly { part: 'envelope' | 'header' | 'body'; share: number }[];
  /** How long the trip takes, ms. */
  duration: number;
};

// One query for the page rather than one per packet: at full speed a packet leaves every frame.
const motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
const reducedMotion = () => motion?.matches ?? false;

/**
 * The packet in flight, moved with the Web Animations API so React renders
 * once per event, not once per frame. With reduced motion it rests at the
 * middle of the link, which the topology highlights instead.
 */
export function PacketLayer({ packet, at }: { packet: Packet | undefined; at: Map<string, Point> }) {
  const el = useRef<SVGGElement>(null);
  const from = packet && at.get(packet.from);
  const to = packet && at.get(packet.to);
  // A trip that takes no time (full speed) would end, invisible, as it
  // starts: it is not drawn, and the highlighted link shows the hop.
  const travels = packet && from && to && packet.from !== packet.to && (packet.duration > 0 || reducedMotion());

  useEffect(() => {
    const g = el.current;
    if (!g || !travels || !from || !to) return;
    if (reducedMotion()) {
      g.style.transform = `translate(${(from.x + to.x) / 2}px, ${(from.y + to.y) / 2}px)`;
      return;
    }
    const animation = g.animate(
      // It fades as it arrives, so it never rests on the host's name.
      [
        { transform: `translate(${from.x}px, ${from.y}px)`, opacity: 1 },
        { transform: `translate(${to.x}px, ${to.y}px)`, opacity: 1, offset: 0.85 },
        { transform: `translate(${to.x}px, ${to.y}px)`, opacity: 0 },
      ],
      { duration: packet.duration, easing: 'ease-in-out', fill: 'forwards' },
    );
    return () => animation.cancel();
  }, [packet?.id, travels, from, to, packet?.duration]);

  if (!packet || !travels) return null;
  return (
    <g ref={el} className={`packet packet-${packet.shape}`} aria-hidden="true">
      {packet.shape === 'tcp' && <circle r="7" />}
      {packet.shape === 'dns' && <rect x="-8" y="-8" width="16" height="16" transform="rotate(45)" />}
      {packet.shape === 'segment' && <Stripes parts={packet.parts} />}
    </g>
  );
}

const WIDTH = 44;
const HEIGHT = 22;

function Stripes({ parts }: { parts: Packet['parts'] }) {
  if (parts.length === 0) return <rect className="plain" x={-WIDTH / 2} y={-HEIGHT / 2} width={WIDTH} height={HEIGHT} rx="4" />;
  let x = -WIDTH / 2;
  return (
    <>
      {parts.map((p) => {
        const w = WIDTH * p.share;
        const r = <rect key={p.part} className={`part-${p.part}`} x={x} y={-HEIGHT / 2} width={w} height={HEIGHT} />;
        x += w;
        return r;
      })}
      <rect className="outline" x={-WIDTH / 2} y={-HEIGHT / 2} width={WIDTH} height={HEIGHT} rx="4" />
    </>
  );
}
