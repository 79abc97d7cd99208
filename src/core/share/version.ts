// The two versions a shared state carries (LESSONS.md "Links"): the link
// format's own, which says how to read the fields, and the core's, which
// says which engine made the log. A receiver reads any format up to its own
// and replays with its core; a different core may replay differently, and
// the digest then says so.

/** The link format: `#/s/<SHARE_FORMAT>.<payload>`. */
export const SHARE_FORMAT = 1;

/** The engine that made the log: package.json's version (a test keeps them equal). */
export const CORE_VERSION = '0.1.0';
