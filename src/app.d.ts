// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

// HTML's render-blocking attribute (MapWorkspace.svelte), not yet in Svelte's element types.
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}

export {};
