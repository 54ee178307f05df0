/**
 * `npm run serve:nginx`: the built site served by Debian's nginx in the foreground, with the
 * configuration in deploy/nginx/, on http://127.0.0.1:8080 (PORT overrides): scripts/lib/nginx.ts.
 */
import path from 'node:path';
import { brotliAvailable, startNginx } from './lib/nginx.ts';

if (!brotliAvailable()) console.warn('serve:nginx: the brotli_static module is not installed (apt-get install libnginx-mod-http-brotli-static): gzip only');
const nginx = await startNginx({ root: path.resolve('build'), port: Number(process.env.PORT ?? 8080) });
console.log(`serving build/ with nginx on ${nginx.origin}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void nginx.stop());
nginx.process.on('exit', (code) => process.exit(code ?? 0));
