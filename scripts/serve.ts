/**
 * `npm run serve`: the built site on http://127.0.0.1:4173 (PORT and HOST override), as a static host
 * serves it (scripts/lib/siteServer.ts). Production uses a real web server: deploy/ (nginx,
 * `npm run serve:nginx`).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { siteHandler } from './lib/siteServer.ts';

// BUILD_DIR: the real-data variant of the end-to-end tests (scripts/realDataBuild.ts) is served from build-real/.
const BUILD = path.resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

createServer(siteHandler(BUILD)).listen(port, host, () => console.log(`serving ${path.relative(process.cwd(), BUILD)}/ on http://${host}:${port}`));
