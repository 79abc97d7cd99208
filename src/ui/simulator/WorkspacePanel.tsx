import { useId, useState, type ReactNode } from 'react';
import { Panel, usePanelRef } from 'react-resizable-panels';

export type PanelSpec = {
  /** Stable: the id of the split it sits in, of its saved size and of its tab on a phone. */
  id: string;
  /** The region's accessible name and its heading: 'Topology', 'Terminal'. */
  title: string;
  /** Beside the title: a hint, or tools such as the Eavesdropper toggle. */
  extra?: ReactNode;
  content: ReactNode;
  /** Its share of its split at first, in percent. */
  defaultSize: number;
  minSize?: string;
  /** What stays in view when collapsed (the Timeline keeps its controls). */
  collapsedSize?: string;
};

/** The frame of every panel: a named region whose heading says what it is and holds its collapse button. */
export function PanelFrame({ spec, collapsed, onToggle, bodyId }: { spec: PanelSpec; collapsed?: boolean; onToggle?: () => void; bodyId?: string }) {
  return (
    <section className={`ws-panel ws-${spec.id}`} aria-label={spec.title} data-collapsed={collapsed || undefined}>
      <header className="ws-panel-head">
        <h2>{spec.title}</h2>
        {spec.extra}
        {onToggle && (
          <button
            type="button"
            className="ws-collapse"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${spec.title}`}
            title={`${collapsed ? 'Expand' : 'Collapse'} ${spec.title}`}
            onClick={onToggle}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          </button>
        )}
      </header>
      <div className="ws-panel-body" id={bodyId}>
        {spec.content}
      </div>
    </section>
  );
}

/** A panel of a split: resizable, collapsible to its heading, by its button or by dragging its separator past its minimum. */
export function SplitPanel({ spec }: { spec: PanelSpec }) {
  const ref = usePanelRef();
  const bodyId = useId();
  const [collapsed, setCollapsed] = useState(false);
  const toggle = () => {
    const p = ref.current;
    if (!p) return;
    if (p.isCollapsed()) p.expand();
    else p.collapse();
  };
  return (
    <Panel
      id={spec.id}
      panelRef={ref}
      className="ws-cell"
      defaultSize={`${spec.defaultSize}%`}
      minSize={spec.minSize ?? '12%'}
      collapsible
      collapsedSize={spec.collapsedSize ?? '2.75rem'}
      onResize={() => setCollapsed(ref.current?.isCollapsed() ?? false)}
    >
      <PanelFrame spec={spec} collapsed={collapsed} onToggle={toggle} bodyId={bodyId} />
    </Panel>
  );
}
