// The ports the browser tests serve the built sites on, in one place: playwright.config.ts starts
// the servers, and tests that open a context of their own (no JavaScript, another time zone)
// reach the same site.

/** The production build (dist/) behind nginx with deploy/nginx.conf: the site most tests use. */
export const sitePort = 4327;
/** The build under BASE_PATH=/learning/ (dist-subpath/). */
export const subPathPort = 4328;
/** dist/ behind nginx again, for the tests of the hosting itself (tests/e2e/nginx/). */
export const nginxPort = 4329;
/** The copy of the site with XSS payloads in its content. */
export const hostilePort = 4330;

/** The address of the main test site. */
export const siteOrigin = `http://127.0.0.1:${sitePort}`;
