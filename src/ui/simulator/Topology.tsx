import { useMemo, type KeyboardEvent } from 'react';
import { HOST_SIZE, VIEW, layoutHosts } from './topologyLayout';
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
  links: readonly (readonly [string, string])[];
  selected: string | undefined;
  onSelect(host: string): void;
  packet: Packet | undefined;
};

/** The world as a diagram: hosts, the links between them, and what is travelling now. */
export function Topology({ hosts, links, selected, onSelect, packet }: Props) {
  const at = useMemo(() => layoutHosts(hosts), [hosts]);
  const active = packet && packet.from !== packet.to ? linkKey(packet.from, packet.to) : undefined;

  return (
    <svg className="topology" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="group" aria-label="Topology">
      <g className="links" aria-hidden="true">
        {links.map(([a, b]) => {
          const p = at.get(a);
          const q = at.get(b);
          if (!p || !q) return null;
          const key = linkKey(a, b);
          return <line key={key} className={key === active ? 'link active' : 'link'} x1={p.x} y1={p.y} x2={q.x} y2={q.y} />;
        })}
      </g>
      {hosts.map((h) => {
        const p = at.get(h.name);
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
        return (
          <g
            key={h.name}
            className={classes.join(' ')}
            transform={`translate(${p.x - HOST_SIZE.width / 2} ${p.y - HOST_SIZE.height / 2})`}
            role="button"
            tabIndex={0}
            aria-label={h.name}
            aria-pressed={h.name === selected}
            aria-describedby={`${id}-role${h.status.length ? ` ${id}-status` : ''}`}
            onClick={() => onSelect(h.name)}
            onKeyDown={onKeyDown}
          >
            <rect width={HOST_SIZE.width} height={HOST_SIZE.height} rx="10" />
            <text className="host-name" x={HOST_SIZE.width / 2} y="24">
              {h.name}
            </text>
            <text id={`${id}-role`} className="host-role" x={HOST_SIZE.width / 2} y="44">
              {h.roleLabel}
              {h.address ? ` · ${h.address}` : ''}
            </text>
            {h.status.length > 0 && (
              <text id={`${id}-status`} className="host-status" x={HOST_SIZE.width / 2} y="62">
                {h.status.join(' · ')}
              </text>
            )}
          </g>
        );
      })}
      <PacketLayer packet={packet} at={at} />
    </svg>
  );
}

function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
