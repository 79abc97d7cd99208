import { describe, expect, it } from 'vitest';
import { defaultWorldSpec } from '../../core/net/index';
import { domainOf, layoutTopology, pathBetween, shapeFor, type Point, type Shape } from './topologyLayout';

const hosts = defaultWorldSpec().hosts.map((h) => ({ name: h.name, role: h.role }));
const PACKET = { halfWidth: 22, halfHeight: 11 };

/** Whether a packet centred anywhere on the segment p→q overlaps the box centred at c. */
function sweeps(p: Point, q: Point, c: Point, box: { width: number; height: number }): boolean {
  const steps = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2) + 1;
  for (let i = 0; i <= steps; i++) {
    const x = p.x + ((q.x - p.x) * i) / steps;
    const y = p.y + ((q.y - p.y) * i) / steps;
    if (Math.abs(x - c.x) < box.width / 2 + PACKET.halfWidth && Math.abs(y - c.y) < box.height / 2 + PACKET.halfHeight) return true;
  }
  return false;
}

describe('topology layout', () => {
  it('groups hosts by domain', () => {
    expect(domainOf('mx1.bob.example')).toBe('bob.example');
    expect(domainOf('ns.example')).toBe('ns.example');
  });

  for (const shape of ['wide', 'tall'] as Shape[]) {
    it(`${shape}: every pair's path runs from one end to the other and never passes over a third host`, () => {
      const l = layoutTopology(hosts, shape);
      for (const a of hosts)
        for (const b of hosts) {
          if (a === b) continue;
          const path = pathBetween(l, a.name, b.name);
          expect(path[0]).toEqual(l.at.get(a.name));
          expect(path[path.length - 1]).toEqual(l.at.get(b.name));
          for (const other of hosts) {
            if (other === a || other === b) continue;
            const c = l.at.get(other.name)!;
            for (let i = 1; i < path.length; i++) expect(sweeps(path[i - 1]!, path[i]!, c, l.box), `${a.name}→${b.name} over ${other.name}`).toBe(false);
          }
        }
    });

    it(`${shape}: traffic between domains crosses the Internet, traffic inside one does not`, () => {
      const l = layoutTopology(hosts, shape);
      const cloud = { x: l.cloud.x, y: l.cloud.y };
      expect(pathBetween(l, 'ws.alice.example', 'mx1.bob.example')).toContainEqual(cloud);
      expect(pathBetween(l, 'relay.alice.example', 'ns.example')).toContainEqual(cloud);
      expect(pathBetween(l, 'mail.alice.example', 'relay.alice.example')).not.toContainEqual(cloud);
    });
  }
});

describe('the shape for a box', () => {
  it('is tall on a phone held upright and wide on a projector', () => {
    expect(shapeFor(hosts, 370, 640)).toBe('tall');
    expect(shapeFor(hosts, 690, 250)).toBe('wide');
  });

  it('is wide in a short panel too narrow for the wide drawing at full size (a lesson at 1280×720)', () => {
    expect(shapeFor(hosts, 525, 260)).toBe('wide');
  });

  it('shows the whole drawing at least as large as the other shape would', () => {
    for (const [w, h] of [[300, 900], [525, 260], [900, 300], [400, 400], [600, 1200]] as const) {
      const scale = (s: Shape) => Math.min(w / layoutTopology(hosts, s).view.width, h / layoutTopology(hosts, s).view.height);
      const chosen = shapeFor(hosts, w, h);
      expect(scale(chosen)).toBeGreaterThanOrEqual(scale(chosen === 'tall' ? 'wide' : 'tall'));
    }
  });
});
