import { execFileSync } from 'node:child_process';

// Unit tests of the data layer read the geography contract; build it first when missing or stale.
export default function setup() {
	execFileSync(process.execPath, ['--import', 'tsx', 'geo/build.ts', '--if-stale'], { stdio: 'inherit' });
}
