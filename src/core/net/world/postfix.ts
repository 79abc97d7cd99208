// What `apt install postfix` leaves on a Debian host, as an MtaSpec: the
// "Internet Site" defaults of its debconf questions (myhostname and
// mydestination the host's own name, mynetworks the host itself, no
// relayhost, so other domains go by MX, RFC 5321 §5.1), and the host's users
// as local mailboxes.
import { mta, policy } from './default-world';
import type { MtaSpec } from './topology';
import type { Host } from './world';

export function postfixFor(host: Pick<Host, 'name' | 'address' | 'users'>): MtaSpec {
  return mta(policy(host.name, { localDomains: [host.name], mailboxes: [...host.users], lists: {}, accounts: [], relay: { afterAuth: false, networks: [`${host.address}/32`, '127.0.0.0/8'] } }));
}
