import { useId, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { layoutPrefsStore } from '../../store/layoutPrefs';
import { own } from '../../store/savedState';
import { PanelFrame, type PanelSpec } from './WorkspacePanel';

/**
 * A phone or a narrow window: one panel at a time, chosen from a tab bar
 * (WAI-ARIA tabs), the first until the person picks another in this kind
 * of workspace (`name`). The others stay mounted, hidden, so the terminal keeps
 * its screen and the topology its place while the person looks elsewhere.
 */
export function NarrowWorkspace({ name, panels }: { name: string; panels: readonly PanelSpec[] }) {
  const saved = useStore(layoutPrefsStore, (s) => own(s.narrowTabs, name));
  const current = panels.find((p) => p.id === saved)?.id ?? panels[0]!.id;
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const choose = (id: string) => layoutPrefsStore.getState().setNarrowTab(name, id);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = panels.findIndex((p) => p.id === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    const next = panels[(i + step + panels.length) % panels.length]!;
    choose(next.id);
    refs.current[next.id]?.focus();
  };

  return (
    <div className="workspace narrow">
      <div className="ws-tabbar" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {panels.map((p) => (
          <button
            key={p.id}
            ref={(el) => {
              refs.current[p.id] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${p.id}-tab`}
            aria-controls={`${base}-${p.id}`}
            aria-selected={p.id === current}
            tabIndex={p.id === current ? 0 : -1}
            onClick={() => choose(p.id)}
          >
            {p.title}
          </button>
        ))}
      </div>
      {panels.map((p) => (
        <div key={p.id} className="ws-cell" role="tabpanel" id={`${base}-${p.id}`} aria-labelledby={`${base}-${p.id}-tab`} hidden={p.id !== current}>
          <PanelFrame spec={p} />
        </div>
      ))}
    </div>
  );
}
