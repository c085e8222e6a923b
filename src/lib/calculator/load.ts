/** Every chip record as a calculator row, in table order (server side only). */
import { allRecords } from '../data/records.ts';
import type { Chip } from '../data/schemas.ts';
import { chipRow, compareRows, type ChipRow } from './chips.ts';

export async function loadChipRows(): Promise<(ChipRow & { chip: Chip })[]> {
	const chips = await allRecords('chips');
	return chips.map((c) => ({ ...chipRow(c.id, c.data), chip: c.data })).sort(compareRows);
}
