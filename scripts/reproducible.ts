/**
 * `npm run test:reproducible`: builds the site twice and fails unless the two build/ trees are
 * byte-identical (every file, its compressed copies and version.json included). A build that depends
 * on the clock or on chance would change every hashed file name, and so every cache, on each deploy.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rename } from 'node:fs/promises';
import path from 'node:path';

async function digests(dir: string): Promise<Map<string, string>> {
	const result = new Map<string, string>();
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath, entry.name);
		result.set(
			path.relative(dir, full),
			createHash('sha256')
				.update(await readFile(full))
				.digest('hex')
		);
	}
	return result;
}

const FIRST = path.resolve('.cache/build-first');
await rm(FIRST, { recursive: true, force: true });
execSync('npm run -s build', { stdio: 'inherit' });
await rename('build', FIRST);
execSync('npm run -s build', { stdio: 'inherit' });
const [a, b] = [await digests(FIRST), await digests('build')];
await rm(FIRST, { recursive: true, force: true });
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
if (differ.length) {
	console.error(`Two builds of the same commit differ in ${differ.length} of ${b.size} files:\n${differ.slice(0, 20).join('\n')}`);
	process.exit(1);
}
console.log(`Two builds are byte-identical: ${b.size} files.`);
