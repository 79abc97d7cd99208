// What every codec returns: the lenient result plus everything a strict
// decoder would have rejected, with positions (RFC 2045 §6.8 asks decoders
// to be lenient; learners deserve to see what was tolerated).

export type CodecError = {
  /** 0-based offset into the input (characters of the input string). */
  offset: number;
  message: string;
  /** A run of the same error: how many, the first at `offset`, the last before `end`. */
  count?: number;
  end?: number;
};

export type Decoded = { bytes: Uint8Array; errors: CodecError[] };

/** A half-open range [start, end). */
export type Range = { start: number; end: number };

/**
 * One step of an explain path: these input characters became these output
 * units, and why. Output ranges are byte offsets for base64 and
 * quoted-printable, and UTF-16 offsets into the decoded text for
 * encoded-words. Steps are in input order and, put together, give exactly
 * what the fast path gives.
 */
export type ExplainStep = {
  input: Range;
  output: Range;
  /** What kind of step: 'quantum', 'escape', 'literal', 'soft-break', 'word', 'whitespace', 'error' … */
  kind: string;
  /** Short note for the learner, e.g. "TWFu → 19 22 5 46 → 24 bits → 4d 61 6e". */
  note: string;
};

export type Explained = {
  steps: ExplainStep[];
  errors: CodecError[];
};
