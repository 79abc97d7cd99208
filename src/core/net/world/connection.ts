// A TCP connection between two hosts, as the world keeps it: the endpoints,
// the job the client opened it for, the session machines on each side and
// where the SMTP stream stands, so every segment can be explained.
import type { ClientSession } from '../../smtp/client/types';
import type { ServerSession } from '../../smtp/server/types';
import type { Job } from './actions';

/** Where the client's stream stands: commands, or inside the content. */
export type StreamPart = 'command' | 'header' | 'body';

export type Connection = {
  id: string;
  client: string;
  server: string;
  clientAddress: string;
  clientPort: number;
  serverAddress: string;
  port: number;
  /** RFC 793 states, simplified: SYN sent, open, one side has sent FIN. */
  state: 'syn-sent' | 'open' | 'closing';
  job: Job;
  /** The engine's server session, from the greeting on. */
  session?: ServerSession;
  /** The engine's client session, for relay and submission jobs. */
  clientSession?: ClientSession;
  /** True after STARTTLS and the (simulated) TLS handshake (RFC 3207 §4). */
  tls: boolean;
  /** Where the client's stream stands: commands, headers or body. */
  part: StreamPart;
  /** Which sides have sent their FIN, and whose FIN has arrived. */
  finFrom: { client: boolean; server: boolean };
  finIn: { client: boolean; server: boolean };
  /** When the last thing each side sent arrives, so later sends queue behind it. */
  arrival: { client: number; server: number };
  messageId?: string;
};
