// One codec explorer (base64, quoted-printable or encoded-words): Input and
// Output side by side, the steps below, and the source map between them.
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CodecError, ExplainStep, Range } from '../../core';
import { linkedRange, type CodecId, type CodecView } from '../../store/playgroundCodecs';
import { playgroundStore } from '../../store/playgroundStore';
import { bytesToChars, bytesToHex, charsToBytes, hexDump, hexToBytes } from './offsets';
import type { Highlight } from './HighlightedText';
import { InputArea } from './InputArea';
import { OutputView } from './OutputView';
import { StepsList, show } from './StepsList';
import { ErrorList } from './ErrorList';
import { DirectionSwitch } from './DirectionSwitch';
import { AutoCharsetNote, CharsetSelect } from './CharsetSelect';
import { FilePicker } from './FilePicker';
import { download } from './download';
import { useCodecView } from './useCodecView';
import { Busy } from './Busy';

type Picked = { name: string; bytes: Uint8Array };
/** Which side a selection is on, and its range in that side's display offsets. */
type Selection = { side: 'input' | 'output'; range: Range };

/** Bytes drawn in a hex view at most. */
const HEX_LIMIT = 64 * 1024;

export function CodecExplorer({ codec }: { codec: CodecId }) {
  const input = useStore(playgroundStore, (s) => s.inputs[codec]);
  const actions = playgroundStore.getState();
  const [file, setFile] = useState<Picked>();
  const [active, setActive] = useState<number>();
  const [selection, setSelection] = useState<Selection>();
  const [focusedError, setFocusedError] = useState<CodecError>();
  const [hexWanted, setHexWanted] = useState<boolean>();
  const decoding = input.direction === 'decode';
  const picked = !decoding ? file : undefined;
  const { view, busy, failure } = useCodecView({
    codec,
    direction: input.direction,
    text: input.text,
    charset: input.charset,
    wordEncoding: input.wordEncoding,
    ...(picked ? { file: picked.bytes } : {}),
  });
  const hex = view !== undefined && view.unit === 'byte' && (picked !== undefined || (hexWanted ?? view.binary));
  const decodedText = useMemo(() => (view ? (hex ? hexDump(view.bytes, HEX_LIMIT) : view.text) : ''), [view, hex]);

  // The decoded side counts bytes (or characters for encoded-words); the screen shows text or hex.
  const toDisplay = (v: CodecView, r: Range): Range =>
    v.unit === 'char' ? r : hex ? bytesToHex(r) : bytesToChars(v.bytes, v.charset, r);
  const fromDisplay = (v: CodecView, r: Range): Range =>
    v.unit === 'char' ? r : hex ? hexToBytes(r) : charsToBytes(v.bytes, v.charset, r);

  const encodedSide = decoding ? 'input' : 'output';
  const marks = { input: [] as Highlight[], output: [] as Highlight[] };
  const decodedSide = decoding ? 'output' : 'input';
  if (view) {
    const step = active === undefined ? undefined : view.steps[active];
    if (step) {
      marks[encodedSide].push({ ...step.input, className: 'hl-step' });
      marks[decodedSide].push({ ...toDisplay(view, step.output), className: 'hl-step' });
    }
    if (selection) {
      const onEncoded = selection.side === encodedSide;
      const units = onEncoded ? selection.range : fromDisplay(view, selection.range);
      const linked = linkedRange(view.steps, units, onEncoded ? 'input' : 'output');
      if (linked) {
        const other = onEncoded ? decodedSide : encodedSide;
        marks[other].push({ ...(onEncoded ? toDisplay(view, linked) : linked), className: 'hl-linked' });
      }
    }
    for (const e of view.errors.slice(0, 500)) {
      const className = e === focusedError ? 'hl-error hl-error-focus' : 'hl-error';
      marks[encodedSide].push({ start: e.offset, end: e.offset + 1, className });
    }
  }

  const decodedOf = (step: ExplainStep): string => {
    if (!view) return '';
    if (view.unit === 'char') return show(view.text.slice(step.output.start, step.output.end));
    const bytes = view.bytes.subarray(step.output.start, step.output.end);
    return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  };

  const errorsId = `${codec}-errors`;
  const outputText = decoding ? decodedText : (view?.encoded ?? '');
  const save = () => {
    if (!view) return;
    if (decoding) download(view.bytes, view.unit === 'char' ? 'decoded.txt' : 'decoded.bin');
    else download(new TextEncoder().encode(view.encoded), picked ? `${picked.name}.${codec === 'base64' ? 'b64' : 'qp'}.txt` : 'encoded.txt', 'text/plain');
  };

  return (
    <div className="pg-explorer">
      <div className="pg-controls">
        <DirectionSwitch name={codec} value={input.direction} onChange={(d) => actions.setDirection(codec, d)} />
        {/* Encoded-words name their own charset; the core writes UTF-8 ones. */}
        {codec !== 'encoded-words' && (
          <CharsetSelect id={`${codec}-charset`} value={input.charset} onChange={(c) => actions.setCharset(codec, c)} />
        )}
        {codec === 'encoded-words' && !decoding && (
          <label className="pg-charset">
            Encoding
            <select value={input.wordEncoding} onChange={(e) => actions.setWordEncoding(codec, e.target.value === 'B' ? 'B' : 'Q')}>
              <option value="Q">Q (quoted-printable-like)</option>
              <option value="B">B (base64)</option>
            </select>
          </label>
        )}
        {decoding && (
          <FilePicker label="Open encoded text…" onFile={(bytes) => actions.setText(codec, new TextDecoder('utf-8').decode(bytes))} />
        )}
        {codec !== 'encoded-words' && !decoding && (
          <FilePicker label="Encode a file…" onFile={(bytes, name) => setFile({ bytes, name })}>
            {picked ? `${picked.name}: ${picked.bytes.length.toLocaleString('en')} bytes` : 'or drop a file here'}
          </FilePicker>
        )}
        <Busy active={busy} label="Working in a background worker…" />
      </div>
      <div className="pg-sides">
        <div className="pg-side">
          <div className="pg-side-head">
            <label htmlFor={`${codec}-input`}>Input</label>
            <span className="pg-side-kind">{decoding ? 'encoded' : picked ? 'file bytes' : 'text'}</span>
            {picked && (
              <button type="button" className="pg-link" onClick={() => setFile(undefined)}>
                Use typed text
              </button>
            )}
          </div>
          {picked ? (
            <OutputView id={`${codec}-input`} label="Input" text={hexDump(picked.bytes, HEX_LIMIT)} highlights={marks.input}
              onSelect={(range) => setSelection(range && { side: 'input', range })} className="pg-hex" />
          ) : (
            <InputArea
              id={`${codec}-input`}
              value={input.text}
              onChange={(t) => actions.setText(codec, t)}
              highlights={marks.input}
              onSelect={(range) => setSelection(range && { side: 'input', range })}
              describedBy={view?.errors.length ? errorsId : undefined}
              placeholder={decoding ? 'Paste encoded text here' : 'Type the text to encode'}
            />
          )}
        </div>
        <div className="pg-side">
          <div className="pg-side-head">
            <span className="pg-side-title">Output</span>
            <span className="pg-side-kind">{decoding ? (hex ? 'bytes (hex)' : 'text') : 'encoded'}</span>
            {decoding && view?.unit === 'byte' && (
              <button type="button" className="pg-link" aria-pressed={hex} onClick={() => setHexWanted(!hex)}>
                {hex ? 'Show as text' : 'Show as hex'}
              </button>
            )}
            <button type="button" className="pg-link" onClick={save} disabled={!view}>
              Download
            </button>
          </div>
          <OutputView
            id={`${codec}-output`}
            text={outputText}
            highlights={marks.output}
            onSelect={(range) => setSelection(range && { side: 'output', range })}
            className={decoding && hex ? 'pg-hex' : ''}
          />
          {decoding && !hex && view && input.charset === 'auto' && view.unit === 'byte' && (
            <AutoCharsetNote chosen={view.charset} other={view.otherReading} onPick={(c) => actions.setCharset(codec, c)} />
          )}
          {failure && <p className="pg-failure">The worker failed: {failure}</p>}
        </div>
      </div>
      {view && <ErrorList id={errorsId} errors={view.errors} onFocus={setFocusedError} />}
      {view && <StepsList steps={view.steps} encoded={view.encoded} decoded={decodedOf} active={active} onActive={setActive} />}
    </div>
  );
}
