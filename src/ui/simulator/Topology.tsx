import { useLayoutEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { layoutTopology, pathBetween, shapeFor, type Point, type Shape, type TopologyLayout } from './topologyLayout';
import { PacketLayer, type Packet } from './PacketLayer';

export type HostView = {
  name: string;
  role: string;
  /** How the role reads for people: 'local MTA', 'MX 10'. */
  roleLabel: string;
  address?: string;
  /** Faults worth showing on the drawing: 'down', 'greylisting', 'refusing'. */
  status: readonly string[];
};

type Props = {
  hosts: readonly HostView[];
  selected: string | undefined;
  onSelect(host: string): void;
  packet: Packet | undefined;
};

/** The world as a diagram: hosts on their networks, the Internet between them, and what is travelling now. */
export function Topology({ hosts, selected, onSelect, packet }: Props) {
  const shape = useShape(hosts);
  const layout = useMemo(() => layoutTopology(hosts, shape.value), [hosts, shape.value]);
  const path = useMemo(() => (packet ? pathBetween(layout, packet.from, packet.to) : []), [layout, packet?.from, packet?.to]);
  const { view, box } = layout;

  return (
    <svg
      ref={shape.ref}
      className={`topology ${layout.shape}`}
      viewBox={`0 0 ${view.width} ${view.height}`}
      role="group"
      aria-label="Hosts, their networks and the Internet"
    >
      <Wiring layout={layout} />
      {path.length > 1 && <polyline className="link active-path" points={points(path)} aria-hidden="true" />}
      {hosts.map((h) => {
        const p = layout.at.get(h.name);
        if (!p) return null;
        const busy = packet && (packet.from === h.name || packet.to === h.name);
        const classes = ['host', `role-${h.role}`, ...h.status.map((s) => `is-${s}`)];
        if (h.name === selected) classes.push('selected');
        if (busy) classes.push('busy');
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            onSelect(h.name);
          }
        };
        const id = `host-${h.name.replace(/\W/g, '-')}`;
        const mid = box.width / 2;
        return (
          <g
            key={h.name}
            className={classes.join(' ')}
            transform={`translate(${p.x - mid} ${p.y - box.height / 2})`}
            role="button"
            tabIndex={0}
            aria-label={h.name}
            aria-pressed={h.name === selected}
            aria-describedby={`${id}-role${h.status.length ? ` ${id}-status` : ''}`}
            data-host={h.name}
            onClick={() => onSelect(h.name)}
            onKeyDown={onKeyDown}
          >
            <rect className="focus-ring" x={-7} y={-7} width={box.width + 14} height={box.height + 14} rx="14" />
            <rect className="box" width={box.width} height={box.height} rx="10" />
            <text className="host-name" x={mid} y="25">
              {h.name}
            </text>
            <text id={`${id}-role`} className="host-role" x={mid} y="47">
              {roleLines(h).map((line, i) => (
                <tspan key={i} x={mid} dy={i === 0 ? 0 : 18}>
                  {line}
                </tspan>
              ))}
            </text>
            {h.status.length > 0 && (
              <text id={`${id}-status`} className="host-status" x={mid} y={box.height + 15}>
                {h.status.join(' · ')}
              </text>
            )}
          </g>
        );
      })}
      <PacketLayer packet={packet} path={path} />
    </svg>
  );
}

/** The networks' buses, each host's line onto its bus, the Internet and what hangs off it. */
function Wiring({ layout }: { layout: TopologyLayout }) {
  const { cloud, at, box } = layout;
  const edge = (busX: number, p: Point) => ({ x: p.x + (busX > p.x ? box.width / 2 : -box.width / 2), y: p.y });
  return (
    <g aria-hidden="true">
      {layout.networks.map((n) => (
        <g key={n.domain} className="network">
          <line className="link" x1={n.busX} y1={n.top} x2={n.busX} y2={n.bottom} />
          {n.hosts.map((h) => {
            const p = at.get(h)!;
            const from = edge(n.busX, p);
            return <line key={h} className="link" x1={from.x} y1={p.y} x2={n.busX} y2={p.y} />;
          })}
          <line className="link" x1={n.busX} y1={cloud.y} x2={cloud.x + (n.busX < cloud.x ? -cloud.rx : cloud.rx) * 0.92} y2={cloud.y} />
        </g>
      ))}
      {layout.attached.map((h) => {
        const p = at.get(h)!;
        return <line key={h} className="link to-dns" x1={cloud.x} y1={cloud.y + cloud.ry * 0.8} x2={p.x} y2={p.y - box.height / 2} />;
      })}
      {/* The bumps stroked thick, then filled over: only the cloud's outline stays. */}
      <g className="cloud">
        <path className="cloud-edge" d={cloudPath(cloud)} />
        <path className="cloud-fill" d={cloudPath(cloud)} />
        <text x={cloud.x} y={cloud.y - 12}>
          Internet
        </text>
      </g>
    </g>
  );
}

/** A cloud of five bumps inside the ellipse (rx, ry) around its centre. */
function cloudPath({ x, y, rx, ry }: { x: number; y: number; rx: number; ry: number }): string {
  const bumps = [
    [-0.62, 0.25, 0.42],
    [-0.3, -0.3, 0.5],
    [0.22, -0.38, 0.52],
    [0.62, 0.05, 0.44],
    [0.05, 0.42, 0.5],
  ];
  return bumps
    .map(([dx, dy, r]) => {
      const cx = x + dx! * rx;
      const cy = y + dy! * ry;
      const r1 = r! * rx * 0.85;
      const r2 = r! * ry * 1.25;
      return `M ${cx - r1} ${cy} a ${r1} ${r2} 0 1 0 ${2 * r1} 0 a ${r1} ${r2} 0 1 0 ${-2 * r1} 0`;
    })
    .join(' ');
}

function points(path: readonly Point[]): string {
  return path.map((p) => `${p.x},${p.y}`).join(' ');
}

/** Tall or wide, whichever shows the whole world largest in the box the drawing sits in. */
function useShape(hosts: readonly HostView[]): { ref: (el: SVGSVGElement | null) => void; value: Shape } {
  const [size, setSize] = useState<{ width: number; height: number } | undefined>(undefined);
  const [node, setNode] = useState<SVGSVGElement | null>(null);
  useLayoutEffect(() => {
    const parent = node?.parentElement;
    if (!parent) return;
    const measure = () => {
      const { width, height } = parent.getBoundingClientRect();
      if (width > 0 && height > 0) setSize((old) => (old?.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [node]);
  const value = useMemo(() => (size ? shapeFor(hosts, size.width, size.height) : 'wide'), [hosts, size?.width, size?.height]);
  return { ref: setNode, value };
}

/** The role on two lines, its parenthesis on the second with the address, so a box stays narrow. */
function roleLines(h: HostView): string[] {
  const paren = h.roleLabel.indexOf(' (');
  const first = paren > 0 ? h.roleLabel.slice(0, paren) : h.roleLabel;
  const rest = paren > 0 ? h.roleLabel.slice(paren + 1) : '';
  return [first, [rest, h.address].filter(Boolean).join(' · ')];
}
