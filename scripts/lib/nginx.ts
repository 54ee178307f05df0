/**
 * Debian's nginx serving a built site with the configuration in deploy/nginx/ (the same files a host
 * includes), as an ordinary user: pid, logs and temporary files live in a temporary directory. Used
 * by `npm run serve:nginx` (and through it the hosting tests) and by the benchmark's Lighthouse runs,
 * which measure the pages as production serves them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DEPLOY = path.resolve('deploy/nginx');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxOptions {
	/** The built site. */
	root: string;
	port: number;
	/** Where nginx's own messages go: the terminal (`inherit`), or kept to explain a failure (`pipe`). */
	stdio?: 'inherit' | 'pipe';
}

export interface RunningNginx {
	origin: string;
	process: ChildProcess;
	/** Stops nginx gracefully and removes its temporary directory. */
	stop: () => Promise<void>;
}

export const brotliAvailable = () => existsSync(BROTLI_MODULE);

/** Writes the configuration, starts nginx in the foreground and resolves once it answers on `port`. */
export async function startNginx({ root, port, stdio = 'inherit' }: NginxOptions): Promise<RunningNginx> {
	if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);
	const brotli = brotliAvailable();
	const prefix = await mkdtemp(path.join(tmpdir(), 'beleidskaart-nginx-'));
	const server = (await readFile(path.join(DEPLOY, 'server.conf'), 'utf8'))
		.replaceAll('@ROOT@', root)
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
	const child = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr?.on('data', (chunk) => (errors += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const failed = new Promise<never>((_, reject) =>
		child.on('error', (error) => reject(new Error(`nginx did not start (${error.message}): apt-get install -y nginx`)))
	);
	const origin = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGQUIT');
		await exited;
		await rm(prefix, { recursive: true, force: true });
	};
	const answering = async () => {
		for (let attempt = 0; attempt < 100; attempt++) {
			if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${errors.trim()}`);
			if (
				await fetch(`${origin}/`).then(
					(r) => r.ok,
					() => false
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`nginx did not answer on ${origin} within 10 s: ${errors.trim()}`);
	};
	try {
		await Promise.race([answering(), failed]);
	} catch (error) {
		await stop();
		throw error;
	}
	return { origin, process: child, stop };
}
