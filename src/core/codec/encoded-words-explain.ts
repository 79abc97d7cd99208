// The explain path of RFC 2047 encoded-words: one step per literal text, per
// encoded-word and per run of white space dropped between words (§6.2). It
// splits and groups exactly as decodeEncodedWords does, so the steps'
// outputs, in order, are the decoded text.
import type { CodecError, Explained, ExplainStep } from './types';
import { decodeWordBytes, decodeWordRun, groupWordRuns, splitEncodedWords, wordsOf, type EncodedWord, type WordPiece } from './encoded-words';
import { charsetEncoding } from './charset';
import { byteNote } from './notes';

export function explainEncodedWords(value: string): Explained & { text: string } {
  const errors: CodecError[] = [];
  const steps: ExplainStep[] = [];
  let text = '';
  const push = (start: number, end: number, out: string, kind: string, note: string) => {
    steps.push({ input: { start, end }, output: { start: text.length, end: text.length + out.length }, kind, note });
    text += out;
  };
  for (const group of groupWordRuns(splitEncodedWords(value, errors))) {
    const first = group[0]!;
    if (first.kind === 'text') {
      push(first.start, first.end, value.slice(first.start, first.end), 'literal', 'plain text, kept as it is');
      continue;
    }
    const words = wordsOf(group);
    const whole = decodeWordRun(words, errors);
    const alone = words.map((w) => decodeWordBytes(w.bytes, w.charset).text);
    if (alone.join('') === whole) {
      for (const piece of group) explainPiece(value, piece, alone, words, push);
    } else {
      // A character's bytes are split across words: only the run as a whole decodes.
      const last = group[group.length - 1]!;
      const note = `${words.length} encoded-words in ${first.kind === 'word' ? first.word.charset : ''} split a character between them; their bytes are joined before decoding → ${JSON.stringify(whole)}`;
      push(first.start, last.end, whole, 'words', note);
    }
  }
  return { steps, errors, text };
}

type Push = (start: number, end: number, out: string, kind: string, note: string) => void;

function explainPiece(value: string, piece: WordPiece, alone: string[], words: EncodedWord[], push: Push): void {
  if (piece.kind === 'space') {
    push(piece.start, piece.end, '', 'whitespace', 'white space between encoded-words: dropped (RFC 2047 §6.2)');
  } else if (piece.kind === 'word') {
    const out = alone[words.indexOf(piece.word)] ?? '';
    push(piece.start, piece.end, out, 'word', wordNote(value, piece.word, out));
  }
}

function wordNote(value: string, word: EncodedWord, out: string): string {
  const encoded = value.slice(word.start, word.end);
  const how = word.encoding === 'B' ? 'B (base64)' : 'Q (quoted-printable, _ is a space)';
  const platform = charsetEncoding(word.charset);
  const charset = platform && platform !== word.label ? `${word.charset} (read as ${platform})` : word.charset;
  const language = word.language ? `, language ${word.language} (RFC 2231 §5)` : '';
  return `${encoded}: charset ${charset}${language}, encoding ${how} → ${byteNote(word.bytes)} → ${JSON.stringify(out)}`;
}
