import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import { layoutPrefsStore, TEXT_SIZES, type TextSize as Size } from '../../store/layoutPrefs';

/**
 * Type for the back of a lecture hall: the root font size, which every
 * panel's rem and em follow (the terminal reads it too); remembered.
 */
export function TextSize() {
  const id = useId();
  const size = useStore(layoutPrefsStore, (s) => s.textSize);
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(size));
  }, [size]);
  return (
    <span className="text-size">
      <label htmlFor={id}>Text size</label>
      <select id={id} value={size} onChange={(e) => layoutPrefsStore.getState().setTextSize(Number(e.target.value) as Size)}>
        {TEXT_SIZES.map((s) => (
          <option key={s} value={s}>
            {Math.round(s * 100)} %
          </option>
        ))}
      </select>
    </span>
  );
}
