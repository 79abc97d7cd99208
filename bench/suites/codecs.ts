// Codecs against the well-known JavaScript libraries (issue 4 §3): base64
// vs js-base64 (and Node's native Buffer), quoted-printable vs libqp,
// encoded-words vs libmime. Time ratios from one interleaved run.
import { Base64 } from 'js-base64';
import libqp from 'libqp';
import libmime from 'libmime';
import { base64Decode, base64Encode, decodeEncodedWords, qpDecode, qpEncode } from '../../src/core/index';
import { compareTimes, result, seededBytes, type BenchResult, type Suite } from '../harness';

const MB = 1024 * 1024;

/** Mostly-ASCII mail text: lines of words, an occasional accented letter, '=' and trailing space. */
function mailText(n: number): Uint8Array {
  const line = 'Dear Bob, the café on the corner serves crème brûlée = 5 € today; see you at noon. \r\n';
  const one = new TextEncoder().encode(line.repeat(64));
  const out = new Uint8Array(n);
  for (let o = 0; o < n; o += one.length) out.set(one.subarray(0, Math.min(one.length, n - o)), o);
  return out;
}

function headerValues(n: number): string[] {
  const samples = [
    'Re: Meeting tomorrow at 10',
    '=?ISO-8859-1?Q?Andr=E9?= Pirard <pirard@vm1.ulg.ac.be>',
    '=?UTF-8?B?5pel5pys6Kqe44Gu5Lu25ZCN?= =?UTF-8?B?44Gn44GZ?=',
    '=?utf-8?Q?Caf=C3=A9_cr=C3=A8me_br=C3=BBl=C3=A9e?= and more',
    '"=?utf-8?Q?Bj=C3=B6rn?=" <bjorn@example.com>',
    '=?koi8-r?B?8NLJ18XU?= =?koi8-r?B?8NLJ18XU?=',
  ];
  return Array.from({ length: n }, (_, i) => samples[i % samples.length]!);
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const data = seededBytes(10 * MB);
  const b64 = base64Encode(data, { lineLength: 76 });

  const decJs = await compareTimes(() => base64Decode(b64), () => Base64.toUint8Array(b64));
  results.push(result('base64-decode', 'ms (10 MB, 76-char lines)', decJs.ours, decJs.reference, 'js-base64', false, '≥ 1.5×'));
  const decBuf = await compareTimes(() => base64Decode(b64), () => Buffer.from(b64, 'base64'));
  results.push(result('base64-decode-native', 'ms (10 MB, 76-char lines)', decBuf.ours, decBuf.reference, 'Node Buffer (native)', false, '≥ 0.5×'));

  const encJs = await compareTimes(() => base64Encode(data), () => Base64.fromUint8Array(data));
  results.push(result('base64-encode', 'ms (10 MB)', encJs.ours, encJs.reference, 'js-base64', false, '≥ 1.5×'));
  const encBuf = await compareTimes(() => base64Encode(data), () => Buffer.from(data.buffer, data.byteOffset, data.length).toString('base64'));
  results.push(result('base64-encode-native', 'ms (10 MB)', encBuf.ours, encBuf.reference, 'Node Buffer (native)', false, '≥ 0.5×'));

  const text = mailText(10 * MB);
  const textBuffer = Buffer.from(text.buffer, text.byteOffset, text.length);
  const qp = qpEncode(text);
  const qpDec = await compareTimes(() => qpDecode(qp), () => libqp.decode(qp));
  results.push(result('qp-decode', 'ms (10 MB of mail text)', qpDec.ours, qpDec.reference, 'libqp', false, '≥ 1.5×'));
  const qpEnc = await compareTimes(() => qpEncode(text), () => libqp.wrap(libqp.encode(textBuffer), 76));
  results.push(result('qp-encode', 'ms (10 MB of mail text, 76-char lines)', qpEnc.ours, qpEnc.reference, 'libqp (encode + wrap)', false, '≥ 1.5×'));

  // Hostile input: one bad character in two. The errors are merged into runs
  // (a million objects before), so ours stays within reach of decoders that report nothing.
  const junk = 'Q!'.repeat(MB);
  const badB64 = await compareTimes(() => base64Decode(junk), () => Base64.toUint8Array(junk));
  results.push(result('base64-decode-hostile', `ms (2 MB of "Q!", ${base64Decode(junk).errors.length} error entries)`, badB64.ours, badB64.reference, 'js-base64', false, '≥ 0.5×'));
  const badQp = '=!'.repeat(MB);
  const badQpTime = await compareTimes(() => qpDecode(badQp), () => libqp.decode(badQp));
  results.push(result('qp-decode-hostile', `ms (2 MB of "=!", ${qpDecode(badQp).errors.length} error entries)`, badQpTime.ours, badQpTime.reference, 'libqp', false, '≥ 0.5×'));

  const values = headerValues(100_000);
  const words = await compareTimes(
    () => values.map((v) => decodeEncodedWords(v).text),
    () => values.map((v) => libmime.decodeWords(v)),
  );
  results.push(result('encoded-words', 'ms (100,000 header values)', words.ours, words.reference, 'libmime decodeWords', false, '≥ 1.5×'));
  return results;
}

export const suite: Suite = { name: 'codecs', run };
