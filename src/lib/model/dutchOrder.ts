/**
 * Dutch alphabetical order ('s-Hertogenbosch, IJsselstein, Súdwest-Fryslân where a Dutch reader looks
 * for them), exactly as `Intl.Collator('nl')` orders.
 *
 * Why not the collator alone: a page's first collator loads the collation tables, 15–80 ms of the main
 * thread at full speed (four times that on a phone), and the pages sort names while they hydrate (the
 * table's rows, provinces, ADVs) or as their data arrives (the search index). Names almost always
 * differ somewhere the collator's order of printable ASCII decides, and that order is a fixed table
 * (CLDR's root order, which Dutch does not tailor): spaces, punctuation in an order of its own, digits,
 * then letters, with case and accents set aside. Only names that differ in nothing but case or accents,
 * or where the table has no say (other characters), are left to the collator, created then.
 * dutchOrder.test.ts checks the result against the collator on every name the site shows.
 */
const PRIMARY_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

/** Rank by character code (printable ASCII, capitals as their small letters); undefined elsewhere. */
const RANK: (number | undefined)[] = Array.from({ length: 128 }, (_, code) => {
	const rank = PRIMARY_ORDER.indexOf(String.fromCharCode(code).toLowerCase());
	return rank < 0 ? undefined : rank;
});
const rankAt = (text: string, i: number): number | undefined => RANK[text.charCodeAt(i)];

let collator: Intl.Collator | undefined;
const collate = (a: string, b: string): number => (collator ??= new Intl.Collator('nl')).compare(a, b);

/** Letters without their accents (é → e): the collator weighs accents only between otherwise equal names. */
const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The order of the table, or null where it cannot tell: a character outside it, or names equal to it. */
function tableOrder(a: string, b: string): number | null {
	const shorter = Math.min(a.length, b.length);
	for (let i = 0; i < shorter; i++) {
		// Two constants, not `const [x, y] = [...]`: destructuring goes through the array's iterator, and
		// that made the first sort of the table's 342 names ten times slower (8 ms against 0.8 at 1×)
		// while the page hydrates, before the code is optimised.
		const x = rankAt(a, i);
		const y = rankAt(b, i);
		if (x === undefined || y === undefined) return null;
		if (x !== y) return x - y;
	}
	if (a.length === b.length) return null;
	// One begins the other: the shorter comes first, if what the longer adds carries weight (not a mark).
	const longer = a.length > b.length ? a : b;
	for (let i = shorter; i < longer.length; i++) if (rankAt(longer, i) === undefined) return null;
	return a.length - b.length;
}

export function compareDutch(a: string, b: string): number {
	if (a === b) return 0;
	return tableOrder(a, b) ?? tableOrder(withoutAccents(a), withoutAccents(b)) ?? collate(a, b);
}
