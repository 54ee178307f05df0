/** Loads the geography contract written by the geo pipeline (static/data/) for build scripts and tests. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_DIR } from '../../geo/lib/config.ts';
import { SURVEY_YEARS, type Crosswalk, type MunicipalityIndexEntry, type SurveyYear } from '../../src/lib/model/geography.ts';
import { GeographyContext } from '../../src/lib/model/geographyContext.ts';

export async function loadGeography(dir = OUTPUT_DIR): Promise<GeographyContext> {
	const file = (name: string) => {
		const full = path.join(dir, name);
		if (!existsSync(full)) throw new Error(`${full} is missing: run \`npm run geo\` first`);
		return full;
	};
	const indexes = {} as Record<SurveyYear, MunicipalityIndexEntry[]>;
	for (const year of SURVEY_YEARS) indexes[year] = JSON.parse(await readFile(file(`gemeenten-${year}.json`), 'utf8'));
	const crosswalk = JSON.parse(await readFile(file('crosswalk.json'), 'utf8')) as Crosswalk;
	return new GeographyContext(indexes, crosswalk);
}
