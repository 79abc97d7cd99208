import { useStore } from 'zustand';
import { droppedStore } from '../../store/savedState';

const STORE_NAMES: Record<string, string> = {
  simulator: 'the simulator',
  terminal: 'the terminal history',
  compose: 'the compose draft',
  layout: 'the layout',
  playground: 'the Playground',
  lessons: 'your lesson progress',
  challenges: 'your challenge scores',
  moments: 'the key-moment setting',
  'my lessons': 'My lessons',
};

/**
 * Says, once, on whichever page first read them, which saved values could
 * not be read back and were left out; the rest was kept.
 */
export function SavedStateNotice() {
  const dropped = useStore(droppedStore, (s) => s.dropped);
  if (dropped.length === 0) return null;
  return (
    <div className="saved-notice" role="status">
      <p>
        Some saved work could not be read and was left out:{' '}
        {dropped.map((d, i) => (
          <span key={d.store}>
            {i > 0 && '; '}
            {Object.hasOwn(STORE_NAMES, d.store) ? STORE_NAMES[d.store] : d.store} ({d.fields.join(', ')})
          </span>
        ))}
        . Everything else was kept.
      </p>
      <button type="button" className="sim-button" onClick={() => droppedStore.getState().dismiss()}>
        Dismiss
      </button>
    </div>
  );
}
