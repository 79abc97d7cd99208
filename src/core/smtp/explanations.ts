// Explanations that server and client transcripts both give for the same
// line, so that a learner reads one wording whichever side they watch.
import type { Explanation } from './types';

/** The lesson of every AUTH line (RFC 4954 §4): only TLS protects these credentials. */
export const AUTH_WARNING = 'Base64 is an encoding, NOT encryption: anyone who sees this line can decode it.';

/** The line that ends the content, as sent and as received. */
export const DATA_END: Explanation = { meaning: 'A line with a single "." ends the message content.', rfc: 'RFC 5321 §4.1.1.4' };
