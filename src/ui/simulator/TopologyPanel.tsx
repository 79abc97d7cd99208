import { useMemo } from 'react';
import type { WorldEvent } from '../../core/net/index';
import type { World } from '../../core/net/index';
import { simulatorStore, stepInterval } from '../../store/simulator';
import type { Packet } from './PacketLayer';
import { Topology, type HostView } from './Topology';
import { useSimulator } from './useSimulator';

/** The topology over the world at the current step, with the current event in flight. */
export function TopologyPanel() {
  const world = useSimulator((s) => s.world);
  const event = useSimulator((s) => (s.position > 0 ? s.timeline.log[s.position - 1] : undefined));
  const selected = useSimulator((s) => s.selectedHost);
  const speed = useSimulator((s) => s.speed);
  const hosts = useMemo(() => hostViews(world), [world.hosts]);
  const packet = useMemo(() => event && packetOf(event, Math.min(900, stepInterval(speed) * 0.9)), [event, speed]);

  return (
    <div className="topology-panel">
      <Topology hosts={hosts} selected={selected} onSelect={simulatorStore.getState().selectHost} packet={packet} />
    </div>
  );
}

function hostViews(world: World): HostView[] {
  return Object.values(world.hosts).map((h) => {
    const status: string[] = [];
    if (h.faults.down) status.push('down');
    if (h.faults.greylist) status.push('greylisting');
    if (h.faults.relayDenied) status.push('refusing');
    return { name: h.name, role: h.role, roleLabel: h.label, address: h.address, status };
  });
}

function packetOf(e: WorldEvent, duration: number): Packet {
  const shape = e.layer === 'tcp' ? 'tcp' : e.layer === 'dns' ? 'dns' : 'segment';
  const total = e.bytes.length || 1;
  const parts = (['envelope', 'header', 'body'] as const).flatMap((part) => {
    const n = e.ranges.filter((r) => r.part === part).reduce((sum, r) => sum + r.end - r.start, 0);
    return n > 0 ? [{ part, share: n / total }] : [];
  });
  const tagged = parts.reduce((sum, p) => sum + p.share, 0);
  // The stripes fill the packet in the proportions of the tagged parts; the
  // verb and CR LF around them belong to no part.
  const scaled = tagged > 0 ? parts.map((p) => ({ ...p, share: p.share / tagged })) : parts;
  return { id: e.seq, from: e.from, to: e.to, shape, parts: scaled, duration };
}

/** What the packets' colours and shapes mean; in the panel's heading, so the drawing keeps the panel's height. */
export function TopologyLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><span className="swatch envelope" /> envelope</li>
      <li><span className="swatch header" /> headers</li>
      <li><span className="swatch body" /> body</li>
      <li><span className="swatch command" /> command, reply</li>
      <li><span className="swatch tcp" /> TCP</li>
      <li><span className="swatch dns" /> DNS</li>
    </ul>
  );
}
