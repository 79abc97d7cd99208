import { EmptyState } from '../shell/EmptyState';

export function LessonsPage() {
  return (
    <EmptyState title="Lessons">
      <p>
        Here you will find guided scenarios: a session typed by hand, ESMTP extensions, the four-MTA
        journey with its MX look-up, relaying and AUTH LOGIN, VRFY and EXPN, bounces, greylisting,
        and what an eavesdropper sees, each with explanations, checks and a presenter mode.
      </p>
      <p>No lessons are published yet.</p>
    </EmptyState>
  );
}
