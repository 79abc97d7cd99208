// How explain notes show bytes to a learner: hex, plus the text when every
// byte is printable ASCII (so "4d 61 6e 'Man'" but "e9" alone).

export function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

export function byteNote(bytes: Uint8Array): string {
  let hexes = '';
  let text = '';
  let printable = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    hexes += (i ? ' ' : '') + hex(b);
    if (b < 0x20 || b > 0x7e) printable = false;
    else text += String.fromCharCode(b);
  }
  const label = bytes.length === 1 ? 'byte' : 'bytes';
  return printable ? `${label} ${hexes} '${text}'` : `${label} ${hexes}`;
}
