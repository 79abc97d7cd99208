// The user agent: composing a message from a draft, or submitting one that
// is already written, to the host's MTA (RFC 6409 §3).
export { compose, noSubmissionServer, submissionServer } from './ua';
export { submitExisting } from './submit-existing';
