import { EmptyState } from '../shell/EmptyState';

export function LessonsPage() {
  return (
    <EmptyState title="Lessons">
      <p>
        Here you will find guided scenarios: a session typed by hand, ESMTP extensions, the four-MTA
        journey with its MX look-up, relaying and AUTH LOGIN, VRFY and EXPN, bounces, greylisting,
        and what an eavesdropper sees, each with explanations, checks and a presenter mode.
      </p>
      <p>
        The lessons themselves are not written yet. The scenarios they will be built on already play:
        open the <a href="#/simulator">Simulator</a> and pick one from its <strong>Scenario</strong> menu.
      </p>
    </EmptyState>
  );
}
