// Where each host sits in the topology drawing: the story reads left to
// right (Alice's side, the Internet, Bob's side), one column per role, DNS
// below the middle because every MTA may ask it.

export type Point = { x: number; y: number };

export const VIEW = { width: 1260, height: 420 };
export const HOST_SIZE = { width: 232, height: 92 };

/** Columns in the order mail travels; a role not listed goes last. */
const COLUMN_OF: Record<string, number> = {
  'user-agent': 0,
  'local-mta': 1,
  'relay-mta': 2,
  mx: 3,
  mailhost: 4,
};

export function layoutHosts(hosts: readonly { name: string; role: string }[]): Map<string, Point> {
  const byColumn = new Map<number, string[]>();
  const dns: string[] = [];
  for (const h of hosts) {
    if (h.role === 'dns') {
      dns.push(h.name);
      continue;
    }
    const c = COLUMN_OF[h.role] ?? 5;
    byColumn.set(c, [...(byColumn.get(c) ?? []), h.name]);
  }
  const columns = [...byColumn.keys()].sort((a, b) => a - b);
  const gap = (VIEW.width - HOST_SIZE.width) / Math.max(1, columns.length - 1);
  const at = new Map<string, Point>();
  columns.forEach((c, i) => {
    const names = byColumn.get(c) ?? [];
    const band = 270 / names.length;
    names.forEach((name, j) => at.set(name, { x: HOST_SIZE.width / 2 + i * gap, y: 4 + band * (j + 0.5) }));
  });
  dns.forEach((name, j) => at.set(name, { x: VIEW.width / 2 + j * (HOST_SIZE.width + 20), y: VIEW.height - HOST_SIZE.height / 2 - 4 }));
  return at;
}
