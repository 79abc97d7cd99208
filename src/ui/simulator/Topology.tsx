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
  const dns = useMemo(() => new Set(hosts.filter((h) => h.role === 'dns').map((h) => h.name)), [hosts]);
  const active = packet && packet.from !== packet.to ? linkKey(packet.from, packet.to) : undefined;

  return (
    <svg className="topology" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="group" aria-label="Hosts and links">
      <g className="links" aria-hidden="true">
        {links.map(([a, b]) => {
          const p = at.get(a);
          const q = at.get(b);
          if (!p || !q) return null;
          const key = linkKey(a, b);
          const classes = ['link', dns.has(a) || dns.has(b) ? 'to-dns' : '', key === active ? 'active' : ''];
          return <line key={key} className={classes.join(' ').trim()} x1={p.x} y1={p.y} x2={q.x} y2={q.y} />;
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
              {roleLines(h).map((line, i) => (
                <tspan key={i} x={HOST_SIZE.width / 2} dy={i === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
            {h.status.length > 0 && (
              <text id={`${id}-status`} className="host-status" x={HOST_SIZE.width / 2} y={HOST_SIZE.height + 16}>
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

/** The role on two lines, its parenthesis on the second with the address, so a box stays narrow. */
function roleLines(h: HostView): string[] {
  const paren = h.roleLabel.indexOf(' (');
  const first = paren > 0 ? h.roleLabel.slice(0, paren) : h.roleLabel;
  const rest = paren > 0 ? h.roleLabel.slice(paren + 1) : '';
  return [first, [rest, h.address].filter(Boolean).join(' · ')];
}

function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
