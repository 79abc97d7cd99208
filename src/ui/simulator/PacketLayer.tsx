import { useEffect, useRef } from 'react';
import { offsetsAlong, type Point } from './topologyLayout';

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
 * The packet in flight along its connection's path, moved with the Web
 * Animations API so React renders once per event, not once per frame. With
 * reduced motion it rests halfway along the path, which the topology
 * highlights instead.
 */
export function PacketLayer({ packet, path }: { packet: Packet | undefined; path: readonly Point[] }) {
  const el = useRef<SVGGElement>(null);
  // A trip that takes no time (full speed) would end, invisible, as it
  // starts: it is not drawn, and the highlighted path shows the hop.
  const travels = packet && path.length > 1 && (packet.duration > 0 || reducedMotion());

  useEffect(() => {
    const g = el.current;
    if (!g || !travels) return;
    if (reducedMotion()) {
      const middle = path[Math.floor(path.length / 2)]!;
      g.style.transform = `translate(${middle.x}px, ${middle.y}px)`;
      return;
    }
    // Along the path at an even speed, fading as it arrives so it never rests on the host's name.
    const offsets = offsetsAlong(path).map((o) => o * 0.85);
    const end = path[path.length - 1]!;
    const animation = g.animate(
      [
        ...path.map((p, i) => ({ transform: `translate(${p.x}px, ${p.y}px)`, opacity: 1, offset: offsets[i] })),
        { transform: `translate(${end.x}px, ${end.y}px)`, opacity: 0, offset: 1 },
      ],
      { duration: packet.duration, easing: 'linear', fill: 'forwards' },
    );
    return () => animation.cancel();
  }, [packet?.id, travels, path, packet?.duration]);

  if (!packet || !travels) return null;
  return (
    <g ref={el} className={`packet packet-${packet.shape}`} aria-hidden="true" data-from={packet.from} data-to={packet.to}>
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
