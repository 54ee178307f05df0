import { describe, expect, it } from 'vitest';
import { topologyLoadSchema, topologySchema } from './publicSchemas';

const topology = (arcs: unknown) => ({
	type: 'Topology',
	transform: { scale: [0.001, 0.001], translate: [3, 50] },
	objects: {
		gemeenten: {
			type: 'GeometryCollection',
			geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: 'GM0363', naam: 'Amsterdam', provincie: 'Noord-Holland' } }]
		}
	},
	arcs
});

describe('topologyLoadSchema (the browser’s quick check of the arcs)', () => {
	it('accepts and rejects what the build’s full schema accepts and rejects', () => {
		const cases: Array<[string, unknown]> = [
			[
				'quantized arcs',
				[
					[
						[0, 0],
						[10, -3],
						[-10, 3]
					]
				]
			],
			['positions with a third number', [[[0, 0, 5]]]],
			['a position of one number', [[[0]]]],
			['a number as text', [[[0, '1']]]],
			['an arc that is not a list', [5]],
			['arcs that are not a list', 'arcs']
		];
		for (const [name, arcs] of cases) {
			const full = topologySchema.safeParse(topology(arcs)).success;
			expect(topologyLoadSchema.safeParse(topology(arcs)).success, name).toBe(full && (arcs as number[][][]).every((a) => a.every((p) => p.length >= 2)));
		}
	});

	it('says what is wrong with the arcs', () => {
		const result = topologyLoadSchema.safeParse(topology([[[0, 'x']]]));
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]).toMatchObject({ path: ['arcs'], message: 'expected arcs: lists of [x, y] number positions' });
	});

	it('still checks the rest of the file as the contract does', () => {
		const wrong = topology([[[0, 0]]]);
		wrong.objects.gemeenten.geometries[0].properties.code = 'Amsterdam';
		expect(topologyLoadSchema.safeParse(wrong).success).toBe(false);
	});
});
