/**
 * The map's keyboard model: one tab stop; arrows move to the neighbouring municipality in that
 * direction (from the focused or selected one, else the one nearest the country's middle), Enter or
 * Space selects, Escape clears, + and − zoom (not on a fixed map).
 */
import type { MunicipalityCode, MunicipalityIndexEntry } from './geography';
import { moveInDirection, nearestTo, type Direction } from './keyboardNav';

export type MapKeyAction =
	{ kind: 'focus'; code: MunicipalityCode } | { kind: 'pick'; code: MunicipalityCode } | { kind: 'clear' } | { kind: 'zoom'; delta: number };

const DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const MIDDLE: [number, number] = [5.3, 52.2];

/** What a key does on the map, or null when the map leaves it alone. */
export function mapKeyAction(
	key: string,
	state: {
		focused: MunicipalityCode | null;
		selected: readonly MunicipalityCode[];
		index: ReadonlyMap<MunicipalityCode, MunicipalityIndexEntry>;
		fixed: boolean;
	}
): MapKeyAction | null {
	const direction = DIRECTIONS[key];
	if (direction) {
		const from = state.focused ?? state.selected.find((c) => state.index.has(c)) ?? null;
		const code = from ? (moveInDirection(state.index.get(from)!, direction, state.index) ?? from) : nearestTo(MIDDLE, state.index.values());
		return code ? { kind: 'focus', code } : null;
	}
	if (key === 'Enter' || key === ' ') return state.focused ? { kind: 'pick', code: state.focused } : null;
	if (key === 'Escape') return { kind: 'clear' };
	if (state.fixed) return null;
	if (key === '+' || key === '=') return { kind: 'zoom', delta: 1 };
	if (key === '-') return { kind: 'zoom', delta: -1 };
	return null;
}
