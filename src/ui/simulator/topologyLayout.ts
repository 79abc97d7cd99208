// Where each host sits in the topology drawing, and the way a packet
// travels between two of them. Hosts are grouped by domain, each domain on
// its own network (a bus beside its column of boxes); networks meet at the
// Internet, a cloud in the middle, where the name server hangs too. So a
// packet from ws.alice.example to mx1.bob.example leaves Alice's network,
// crosses the Internet and enters Bob's: it never passes over mail.alice or
// relay.alice, which are not ends of that connection. Derived here from
// names and roles only; the world's own links stay core's business.

export type Point = { x: number; y: number };
export type Shape = 'wide' | 'tall';

type Network = { domain: string; hosts: string[]; busX: number; exit: Point; top: number; bottom: number };

export type TopologyLayout = {
  shape: Shape;
  view: { width: number; height: number };
  box: { width: number; height: number };
  /** Centre of each host's box. */
  at: Map<string, Point>;
  cloud: Point & { rx: number; ry: number };
  networks: readonly Network[];
  /** Hosts that hang straight off the Internet (the name server). */
  attached: readonly string[];
};

/** Columns in the order mail travels; a role not listed goes last. */
const ORDER: Record<string, number> = { 'user-agent': 0, 'local-mta': 1, 'relay-mta': 2, mx: 3, mailhost: 4 };
const rank = (role: string) => (Object.hasOwn(ORDER, role) ? ORDER[role]! : 5);

/** 'mx1.bob.example' → 'bob.example'; a two-label name is its own domain. */
export function domainOf(name: string): string {
  const dot = name.indexOf('.');
  const rest = name.slice(dot + 1);
  return dot > 0 && rest.includes('.') ? rest : name;
}

const STUB = 56;
/** Half the widest packet (PacketLayer's segment), so a packet on a bus clears the boxes beside it. */
const PACKET_HALF = 22;
const ROW = 100;
const BOX_TALL = { width: 300, height: 80 };
const BOX_WIDE = { width: 240, height: 80 };

/**
 * The drawing for a panel of the given shape. Wide: the sender's network on
 * the left, the Internet in the middle, the others on the right. Tall (a
 * phone): the sender's network on top, the Internet, then the others.
 */
export function layoutTopology(hosts: readonly { name: string; role: string }[], shape: Shape): TopologyLayout {
  const dnsHosts = hosts.filter((h) => h.role === 'dns').map((h) => h.name);
  const byDomain = new Map<string, { name: string; role: string }[]>();
  for (const h of hosts) {
    if (h.role === 'dns') continue;
    const d = domainOf(h.name);
    byDomain.set(d, [...(byDomain.get(d) ?? []), h]);
  }
  const groups = [...byDomain.entries()]
    .map(([domain, list]) => ({ domain, hosts: [...list].sort((a, b) => rank(a.role) - rank(b.role)).map((h) => h.name), first: Math.min(...list.map((h) => rank(h.role))) }))
    .sort((a, b) => a.first - b.first);
  // The sender's side first, everything else on the other side, one group after another.
  const [near, ...far] = groups;
  const sides = [near ? [near] : [], far];
  return shape === 'wide' ? wide(sides, dnsHosts) : tall(sides, dnsHosts);
}

/**
 * The shape whose whole drawing shows largest in a box of this size: tall
 * on a phone held upright, wide in a short panel (a lesson's topology at
 * 1280×720 is about 520×260, where the tall drawing would show two hosts of
 * seven and hide the route). Tall scrolls, so it only has to fit the width,
 * but it is chosen only when, fitted whole, it still beats the wide one.
 */
export function shapeFor(hosts: readonly { name: string; role: string }[], width: number, height: number): Shape {
  const fit = (shape: Shape) => {
    const { view } = layoutTopology(hosts, shape);
    return Math.min(width / view.width, height / view.height);
  };
  return fit('tall') > fit('wide') ? 'tall' : 'wide';
}

function wide(sides: { domain: string; hosts: string[] }[][], dns: string[]): TopologyLayout {
  const box = BOX_WIDE;
  // The middle is wide enough for the name server's box with a packet's width to spare on either side of it.
  const width = 2 * (12 + box.width + STUB) + box.width + 2 * (PACKET_HALF + 14);
  const rowsOf = (side: { hosts: string[] }[]) => side.reduce((n, g) => n + g.hosts.length, 0);
  const rows = Math.max(2, rowsOf(sides[0]!), rowsOf(sides[1]!), dns.length ? 3 : 0);
  const height = rows * ROW + 10;
  const cloud = { x: width / 2, y: ROW * 1.05 + 5, rx: 104, ry: 56 };
  const at = new Map<string, Point>();
  const networks: Network[] = [];
  sides.forEach((side, s) => {
    const boxX = s === 0 ? 12 + box.width / 2 : width - 12 - box.width / 2;
    const busX = s === 0 ? 12 + box.width + STUB : width - 12 - box.width - STUB;
    let row = 0;
    for (const g of side) {
      const ys = g.hosts.map((_, i) => ROW * (row + i + 0.5) + 5);
      g.hosts.forEach((h, i) => at.set(h, { x: boxX, y: ys[i]! }));
      row += g.hosts.length;
      const exit = { x: busX, y: cloud.y };
      networks.push({ domain: g.domain, hosts: g.hosts, busX, exit, top: Math.min(cloud.y, ...ys), bottom: Math.max(cloud.y, ...ys) });
    }
  });
  // The name server below the cloud, in the one column no network runs through.
  dns.forEach((h, i) => at.set(h, { x: width / 2, y: height - box.height / 2 - 6 - i * ROW }));
  return { shape: 'wide', view: { width, height }, box, at, cloud, networks, attached: dns };
}

function tall(sides: { domain: string; hosts: string[] }[][], dns: string[]): TopologyLayout {
  const box = BOX_TALL;
  const width = 420;
  const boxX = width / 2;
  // The near network's bus on the right of the boxes, the far one's on the left, so neither crosses the other.
  const busXs = [width - 22, 22];
  const at = new Map<string, Point>();
  const placed: { domain: string; hosts: string[]; busX: number; ys: number[] }[] = [];
  let y = 6;
  const place = (side: { domain: string; hosts: string[] }[], busX: number) => {
    for (const g of side) {
      const ys = g.hosts.map((_, i) => y + ROW * (i + 0.5));
      g.hosts.forEach((h, i) => at.set(h, { x: boxX, y: ys[i]! }));
      y += g.hosts.length * ROW;
      placed.push({ ...g, busX, ys });
    }
  };
  place(sides[0]!, busXs[0]!);
  const cloud = { x: boxX, y: y + 55, rx: 100, ry: 46 };
  y += 115;
  for (const h of dns) {
    at.set(h, { x: boxX, y: y + ROW / 2 });
    y += ROW;
  }
  place(sides[1]!, busXs[1]!);
  // Each bus runs from its hosts to the cloud's height, where it turns into the Internet.
  const networks = placed.map((g) => ({
    domain: g.domain,
    hosts: g.hosts,
    busX: g.busX,
    exit: { x: g.busX, y: cloud.y },
    top: Math.min(cloud.y, ...g.ys),
    bottom: Math.max(cloud.y, ...g.ys),
  }));
  return { shape: 'tall', view: { width, height: y + 6 }, box, at, cloud, networks, attached: dns };
}

/** Where a host's line meets its network's bus: level with the box, on the bus's side. */
function tap(l: TopologyLayout, n: Network, host: string): Point {
  return { x: n.busX, y: l.at.get(host)!.y };
}

/** Where a network's line enters the cloud. */
function cloudEdge(l: TopologyLayout, n: Network): Point {
  return { x: l.cloud.x + (n.busX < l.cloud.x ? -l.cloud.rx : l.cloud.rx) * 0.92, y: l.cloud.y };
}

function networkOf(l: TopologyLayout, host: string): Network | undefined {
  return l.networks.find((n) => n.hosts.includes(host));
}

/** From a host's box to the cloud's centre, along its own network. */
function toInternet(l: TopologyLayout, host: string): Point[] {
  const p = l.at.get(host);
  if (!p) return [];
  if (l.attached.includes(host)) return [p, { x: l.cloud.x, y: l.cloud.y }];
  const n = networkOf(l, host);
  if (!n) return [p];
  return [p, tap(l, n, host), n.exit, cloudEdge(l, n), { x: l.cloud.x, y: l.cloud.y }];
}

/**
 * The way a packet from `a` to `b` travels, as a polyline from one box's
 * centre to the other's: along the bus when both are on one network,
 * otherwise out to the Internet and in again. Empty when either is unknown.
 */
export function pathBetween(l: TopologyLayout, a: string, b: string): Point[] {
  const pa = l.at.get(a);
  const pb = l.at.get(b);
  if (!pa || !pb || a === b) return [];
  const na = networkOf(l, a);
  if (na && na === networkOf(l, b)) return [pa, tap(l, na, a), tap(l, na, b), pb];
  const out = toInternet(l, a);
  const back = toInternet(l, b).reverse();
  return dedupe([...out, ...back.slice(1)]);
}

function dedupe(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
}

/** Each point's share of the way along a polyline (0 at the start, 1 at the end), for keyframe offsets. */
export function offsetsAlong(points: readonly Point[]): number[] {
  const lengths = points.map((p, i) => (i === 0 ? 0 : Math.hypot(p.x - points[i - 1]!.x, p.y - points[i - 1]!.y)));
  const total = lengths.reduce((s, d) => s + d, 0) || 1;
  let run = 0;
  return lengths.map((d) => (run += d) / total);
}
