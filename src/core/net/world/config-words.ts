// A fault or policy switch said as a person would say it (issue 10 §2):
// "mx1.bob.example is down", "STARTTLS off on relay.alice.example". One
// switch is one key of Faults; the words say what the world will now do.
import type { Faults, VrfyPolicy } from './faults';

export type SwitchWords = { summary: string; explanation: string; rfc: string };

const VRFY: Record<VrfyPolicy, string> = { answer: 'answers VRFY and EXPN', 'cannot-verify': 'answers VRFY with 252 (cannot verify)', disabled: 'refuses VRFY and EXPN with 502' };

/** The words for one switch on a host. */
export function switchWords<K extends keyof Faults>(host: string, key: K, value: Faults[K]): SwitchWords {
  const on = value === true;
  switch (key) {
    case 'down':
      return { summary: on ? `${host} is down` : `${host} is up again`, explanation: on ? 'The host is off: SYNs to it go unanswered and a client times out, then tries its next MX or defers.' : 'The host answers its SYNs again.', rfc: 'RFC 793 §3.4' };
    case 'greylist':
      return { summary: `greylisting ${on ? 'on' : 'off'} on ${host}`, explanation: on ? 'The server answers the first try of each (client, sender, recipient) with 451 4.7.1; a real MTA retries later and is let through.' : 'The server takes mail at the first try again.', rfc: 'RFC 6647 §2.1' };
    case 'rfc821Only':
      return { summary: on ? `${host} speaks RFC 821 only` : `${host} speaks ESMTP again`, explanation: on ? 'An old server: EHLO gets 500 and the client falls back to HELO, with no extensions.' : 'The server answers EHLO with its extensions again.', rfc: 'RFC 5321 §3.2' };
    case 'no8bitmime':
      return { summary: `8BITMIME ${on ? 'off' : 'on'} on ${host}`, explanation: on ? 'The server no longer offers 8BITMIME, so a client must convert an 8-bit body to 7 bits (quoted-printable) before sending it here.' : 'The server offers 8BITMIME again.', rfc: 'RFC 6152 §3' };
    case 'vrfy':
      return { summary: `${host} ${VRFY[value as VrfyPolicy] ?? VRFY.answer}`, explanation: 'Whether the server tells who its users are is a policy: many answer 252 or refuse, so as not to help spammers.', rfc: 'RFC 5321 §3.5.3' };
    case 'mailboxFull': {
      const users = (value as string[]).filter((u) => typeof u === 'string');
      return { summary: users.length ? `mailbox of ${users.join(', ')} full on ${host}` : `no full mailboxes on ${host}`, explanation: users.length ? 'RCPT TO for these users gets 452 4.2.2: a temporary failure, the sender will retry.' : 'Every mailbox on this host takes mail again.', rfc: 'RFC 3463 §3.3' };
    }
    case 'relayDenied':
      return { summary: on ? `${host} refuses to relay` : `${host} relays again`, explanation: on ? 'The server answers RCPT TO for other domains with 554 5.7.1, for every client.' : 'The server relays for its own networks and authenticated clients again.', rfc: 'RFC 5321 §3.6.2' };
    case 'reverseDnsMismatch':
      return { summary: on ? `reverse DNS of ${host} names another host` : `reverse DNS of ${host} matches again`, explanation: on ? 'The PTR record of its address no longer leads back to its name: forward-confirmed reverse DNS fails.' : 'The PTR record names this host again.', rfc: 'RFC 1912 §2.1' };
    case 'slow':
      return { summary: value === 1 ? `links of ${host} at normal speed` : `links of ${host} ${String(value)}× slower`, explanation: 'Every delay on this host\'s links is multiplied by this factor.', rfc: 'RFC 5321 §4.5.3.2' };
    case 'starttls':
      return { summary: `STARTTLS ${on ? 'on' : 'off'} on ${host}`, explanation: on ? 'The server offers STARTTLS and this host\'s clients use it when offered: the SMTP dialogue is encrypted hop by hop.' : 'No STARTTLS: the dialogue travels in clear text.', rfc: 'RFC 3207 §4' };
    case 'encryptBody':
      return { summary: `end-to-end encryption ${on ? 'on' : 'off'} for mail from ${host}`, explanation: on ? 'Mail composed here has its body encrypted (an OpenPGP block): MTAs still see the envelope and headers.' : 'Mail composed here has its body in clear text again.', rfc: 'RFC 4880 §6.2' };
  }
  return { summary: `${host}: ${String(key)}=${JSON.stringify(value)}`, explanation: 'The instructor changes how this node behaves.', rfc: 'RFC 5321 §4.5.4' };
}
