// The one rule for ids, without zod, so that browser code (the progress record's guard) can use
// it too: kebab-case, as in `vpn` or `security-basics`.

/** A content id: lowercase letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
