/**
 * What `require('losskit')` (or any losskit/... subpath) loads: the "require" condition of every
 * export in package.json points here, so that CommonJS code gets this explanation instead of
 * Node's "No exports main defined" (ERR_PACKAGE_PATH_NOT_EXPORTED).
 */
const error = new Error(
  "losskit is an ES module package (ESM only): require('losskit') cannot load it. " +
  "Use import { huber } from 'losskit' in an ES module (a .mjs file, or \"type\": \"module\" in package.json), " +
  "or const { huber } = await import('losskit') from CommonJS.",
);
(error as Error & { code: string }).code = 'ERR_REQUIRE_ESM';
throw error;
