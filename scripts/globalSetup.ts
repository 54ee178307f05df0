import { execFileSync } from 'node:child_process';

// Unit tests of the data layer read the geography contract (built when missing or stale) and the
// public data files the site serves (static/data: the map shell's tests load them as the browser does;
// the data build takes a few seconds and is deterministic).
export default function setup() {
	execFileSync(process.execPath, ['--import', 'tsx', 'geo/build.ts', '--if-stale'], { stdio: 'inherit' });
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts', 'build'], { stdio: 'inherit' });
}
