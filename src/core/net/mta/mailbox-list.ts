// Which mailboxes a view should list: those of a host that delivers to
// them itself, or any that actually hold mail. Bob's MX knows bob and carol
// as recipients (so it can refuse unknown ones at RCPT) but passes their
// mail on to the mailhost, so its /var/mail stays empty and is not shown.
import type { Host, World } from '../world/index';

export type MailboxListing = { host: string; user: string; messages: number };

/** Whether the host delivers to /var/mail itself: it runs an MTA with a local domain no transport sends elsewhere. */
export function deliversLocally(host: Host): boolean {
  const mta = host.mta;
  return mta !== undefined && mta.policy.localDomains.some((d) => !mta.transports.some((r) => r.domain === d));
}

/** The mailboxes to show, host by host in the world's order, users in name order. */
export function listedMailboxes(world: Pick<World, 'hosts'>): MailboxListing[] {
  return Object.values(world.hosts).flatMap((h) => {
    const local = deliversLocally(h);
    return Object.keys(h.mailboxes)
      .sort()
      .map((user) => ({ host: h.name, user, messages: h.mailboxes[user]!.length }))
      .filter((m) => local || m.messages > 0);
  });
}
