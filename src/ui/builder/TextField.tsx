import { useState } from 'react';

type Props = { id: string; value: string; onChange(text: string): void; placeholder?: string; multiline?: boolean };

/**
 * A field written through to the draft at each key, showing what is typed
 * while it has focus: the draft may tidy the value ("550, " on its way to
 * "550, 554" reads back as "550"), which must not fight the typist.
 */
export function TextField({ id, value, onChange, placeholder, multiline = false }: Props) {
  const [typed, setTyped] = useState<string | undefined>();
  const props = {
    id,
    value: typed ?? value,
    placeholder,
    spellCheck: multiline,
    onFocus: () => setTyped(value),
    onBlur: () => setTyped(undefined),
    onChange: (e: { target: { value: string } }) => {
      setTyped(e.target.value);
      onChange(e.target.value);
    },
  };
  return multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
}
