// Unicode bidirectional controls in names taken from mail. A file name
// "\u202Efdp.exe" is drawn "exe.pdf" (the override reverses what follows,
// UAX #9 §2.2) yet saves as an .exe: the trick of CVE-2010-3888 and many
// phishing attachments (Unicode TR #36 §2.4 names the risk). Shown, such a
// character is replaced by a visible mark; saved, it is removed.

/** ALM, LRM, RLM, the embeddings and overrides (LRE … RLO, PDF), and the isolates (LRI … PDI). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<string, string> = {
  '\u061C': 'ALM',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text);
}

/** Each bidi control as a visible mark, e.g. `⟨U+202E RLO⟩`, so the text reads in the order it is stored. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} ${NAMES[c]}⟩`);
}

/** The text without its bidi controls: what a saved file is named. */
export function removeBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
