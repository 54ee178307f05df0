import { describe, expect, it } from 'vitest';
import { summarize } from './aggregate';
import type { DisplayStatus } from './status';

const repeat = (status: DisplayStatus, n: number) => Array<DisplayStatus>(n).fill(status);

describe('summarize', () => {
	const summary = summarize([
		...repeat('beleid-specifiek', 3),
		...repeat('beleid-bijdragend', 2),
		...repeat('in-ontwikkeling', 4),
		...repeat('geen-beleid', 1),
		...repeat('onbekend', 10)
	]);

	it('counts participants and non-participants separately', () => {
		expect(summary).toMatchObject({ total: 20, participants: 10, nonParticipants: 10 });
	});

	it('gives each status a share of participants and of all municipalities', () => {
		expect(summary.byStatus['in-ontwikkeling']).toEqual({ count: 4, ofParticipants: 0.4, ofAll: 0.2 });
		expect(summary.byStatus.onbekend).toEqual({ count: 10, ofParticipants: 0, ofAll: 0.5 });
	});

	it('adds specific and contributing policy into one policy share', () => {
		expect(summary.policy).toEqual({ count: 5, ofParticipants: 0.5, ofAll: 0.25 });
	});

	it('handles an empty group and a group without participants', () => {
		expect(summarize([]).policy).toEqual({ count: 0, ofParticipants: 0, ofAll: 0 });
		expect(summarize(repeat('onbekend', 3)).byStatus['geen-beleid']).toEqual({ count: 0, ofParticipants: 0, ofAll: 0 });
	});
});
