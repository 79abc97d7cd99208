import { useStore } from 'zustand';
import { simulatorStore } from '../../store/simulator';
import { terminalStore } from '../../store/terminal';
import { layoutPrefsStore } from '../../store/layoutPrefs';
import { useSimulator } from '../simulator/useSimulator';
import { TerminalView } from './TerminalView';

/** The terminal attached to the selected host's shell, as it stands at the current step. */
export function TerminalPanel() {
  const host = useSimulator((s) => s.selectedHost);
  const transcript = useSimulator((s) => (Object.hasOwn(s.world.hosts, s.selectedHost) ? s.world.hosts[s.selectedHost]!.shell.screen : ''));
  const history = useStore(terminalStore, (s) => s.history);
  const sim = simulatorStore.getState();
  const fontScale = useStore(layoutPrefsStore, (s) => s.textSize);
  // A line a challenge withholds never reaches the shell (simulator.ts refuses it), so bash's answer is shown here.
  const refused = useSimulator((s) => (s.refused?.host === host && s.refused.line !== undefined ? s.refused : undefined));

  return (
    <div className="terminal-panel">
      <p className="terminal-bar" title="Tab leaves the terminal. Typing while the timeline stands in the past starts a new future from that moment.">
        Attached to <code>{host}</code> (select another host in the topology). Try <code>telnet mx1.bob.example 25</code>, <code>host -t mx bob.example</code> or <code>help</code>.
      </p>
      {refused && (
        <p className="terminal-refused">
          <code>{refused.message}</code> — <code>{refused.line}</code> is withheld here and was not run.
        </p>
      )}
      <TerminalView
        transcript={transcript}
        history={history}
        onLine={sim.sendLine}
        onHistory={terminalStore.getState().setHistory}
        onInterrupt={sim.interrupt}
        onEscape={sim.escape}
        onEof={sim.endOfFile}
        fontScale={fontScale}
      />
    </div>
  );
}
