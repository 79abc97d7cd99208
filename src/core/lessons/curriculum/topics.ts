// The topics of the course notes (issue 13 §2), each taught by at least one
// lesson; lessons name them by id and a test checks every one is covered.
export const TOPICS = {
  'smtp-over-tcp': 'SMTP over TCP and port 25',
  'ua-vs-mta': 'the user agent vs the MTA',
  'var-mail': '/var/mail/<user>',
  'mx-records': 'MX records, host -a, lowest preference first',
  'local-mta': 'installing an MTA to send locally, and mail --debug-level=2',
  'envelope-headers-body': 'envelope vs headers vs body',
  'added-headers': 'headers added by the user agent, then by each MTA',
  relays: 'relays and the four MTAs',
  'smtp-session': 'the 220…221 session',
  'reverse-dns': 'reverse DNS at HELO',
  encryption: 'what encryption can and cannot hide',
  'nvt-ascii': 'NVT ASCII, CRLF, lines under 1,000 octets',
  'vrfy-expn': 'VRFY and EXPN',
  esmtp: 'EHLO, SIZE, 8BITMIME, BODY=, and the 500 of an old server',
  'encoded-words': 'encoded-words Q and B (=E9)',
  mime: 'the MIME headers, the seven types with their subtypes, the five transfer encodings',
  'auth-login': 'AUTH LOGIN with its base64 prompts',
} as const;

export type TopicId = keyof typeof TOPICS;
