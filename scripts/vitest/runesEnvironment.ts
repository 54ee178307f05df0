/**
 * The Vitest environment of the runes tests (*.svelte.test.ts): Node, but with the files compiled as
 * for the browser. Under Vitest's default (server) compilation `$effect` and `$effect.root` do
 * nothing at all, so a test inside `$effect.root` would never run its assertions.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
