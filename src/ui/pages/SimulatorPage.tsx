import { EmptyState } from '../shell/EmptyState';

export function SimulatorPage() {
  return (
    <EmptyState title="Simulator">
      <p>
        Here you will watch a message travel from Alice&rsquo;s user agent through her local MTA and
        relay, across a DNS MX look-up, to Bob&rsquo;s MX hosts and into <code>/var/mail/bob</code>,
        one SMTP line at a time, with a terminal for typing the commands yourself.
      </p>
      <p>
        The simulated world is not drawn yet. The SMTP engine it will run on already works: start the
        loopback MTA with <code>npm run mta</code> and talk to it with <code>telnet</code>,{' '}
        <code>curl</code> or Python&rsquo;s <code>smtplib</code>.
      </p>
    </EmptyState>
  );
}
