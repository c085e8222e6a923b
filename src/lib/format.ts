/** Number and date formatting shared by prose figures, tables, charts and downloads. */

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1979 → "1,979"; 4.8 → "4.8". Up to `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
	let format = numberFormats.get(digits);
	if (!format) {
		format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
		numberFormats.set(digits, format);
	}
	return format.format(value);
}

/** A value with its unit: "141 GB", "4.8 TB/s", "700 W", "15,832" (unit-less scores pass ""). */
export function formatQuantity(value: number, unit: string, digits = 2): string {
	const number = formatNumber(value, digits);
	if (!unit) return number;
	if (unit === '%') return `${number}%`;
	if (unit.startsWith('USD ')) return `$${number} ${unit.slice(4)}`;
	return `${number}\u00a0${unit}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO "2023-10-17" → "17 Oct 2023"; "2023-10" → "Oct 2023"; "2023" → "2023". Precision is kept. */
export function formatIsoDate(iso: string, style: 'short' | 'long' = 'short'): string {
	const [year, month, day] = iso.split('-');
	const names = style === 'long' ? longMonths : months;
	if (!month) return year!;
	const name = names[Number(month) - 1]!;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
