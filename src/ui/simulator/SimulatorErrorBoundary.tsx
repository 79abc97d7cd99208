import { Component, type ReactNode } from 'react';
import { simulatorStore } from '../../store/simulator';

type State = { error: Error | undefined };

/**
 * Core never throws on input, so an exception here is a bug. Say so, keep
 * the rest of the app usable, and offer the one thing that always helps:
 * starting again from a clean slate.
 */
export class SimulatorErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel sim-error" role="alert">
        <h2>The simulator hit a bug</h2>
        <p>
          <code>{error.message}</code>
        </p>
        <p>Your saved session may be what triggers it. Starting over forgets the scenario, the step and what you typed.</p>
        <button
          type="button"
          className="sim-button primary"
          onClick={() => {
            // Through the store's own storage, which drops a save still pending
            // too: written straight to localStorage, the reload's pagehide would
            // put the session back.
            void simulatorStore.persist.clearStorage();
            location.reload();
          }}
        >
          Start over
        </button>
      </section>
    );
  }
}
