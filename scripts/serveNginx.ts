/**
 * `npm run serve:nginx`: the built site served by Debian's nginx in the foreground, with the
 * configuration in deploy/nginx/ (the same files a host includes), on http://127.0.0.1:8080 (PORT
 * overrides). Runs as an ordinary user: pid, logs and temporary files live in a temporary directory.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve('build');
const DEPLOY = path.resolve('deploy/nginx');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const port = Number(process.env.PORT ?? 8080);

if (!existsSync(path.join(ROOT, 'index.html'))) throw new Error('build/ has no index.html: run `npm run build` first');
const brotli = existsSync(BROTLI_MODULE);
if (!brotli) console.warn(`serve:nginx: ${BROTLI_MODULE} not found (apt-get install libnginx-mod-http-brotli-static): gzip only`);

const prefix = await mkdtemp(path.join(tmpdir(), 'beleidskaart-nginx-'));
const server = (await readFile(path.join(DEPLOY, 'server.conf'), 'utf8'))
	.replaceAll('@ROOT@', ROOT)
	.replaceAll('@PORT@', String(port))
	.replaceAll('@DEPLOY@', DEPLOY)
	.replaceAll('@BROTLI@', brotli ? 'brotli_static on;' : '# brotli_static: module not installed');
await writeFile(path.join(prefix, 'server.conf'), server);
await writeFile(
	path.join(prefix, 'nginx.conf'),
	`${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	client_body_temp_path ${prefix}/client;
	proxy_temp_path ${prefix}/proxy;
	fastcgi_temp_path ${prefix}/fastcgi;
	uwsgi_temp_path ${prefix}/uwsgi;
	scgi_temp_path ${prefix}/scgi;
	include ${DEPLOY}/http.conf;
	include ${prefix}/server.conf;
}
`
);
console.log(`serving build/ with nginx on http://127.0.0.1:${port}`);
const nginx = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code) => process.exit(code ?? 0));
