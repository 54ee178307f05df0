/**
 * Props for a component mounted on its own (svelte's `mount`/`hydrate`) that follow its host's: every
 * read goes to `read()`, so where that reads reactive props, the mounted component's effects depend
 * on them as a child component's would.
 */
export function liveProps<Props extends object>(read: () => Props): Props {
	return new Proxy({} as Props, {
		get: (_, key) => Reflect.get(read(), key),
		has: (_, key) => Reflect.has(read(), key),
		ownKeys: () => Reflect.ownKeys(read()),
		getOwnPropertyDescriptor: (_, key) => {
			const descriptor = Reflect.getOwnPropertyDescriptor(read(), key);
			// A proxy may not report a property non-configurable that its (empty) target lacks.
			return descriptor && { ...descriptor, configurable: true };
		}
	});
}
