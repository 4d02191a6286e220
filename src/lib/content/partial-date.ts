/**
 * Dates as precise as they are known: '1869', '1869-11' or '1869-11-17'. Pure, and free of the
 * schema library, so pages can format dates without it.
 */

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

interface Parts {
	year: number;
	month?: number;
	day?: number;
}

function parse(date: string): Parts | undefined {
	const match = PATTERN.exec(date);
	if (!match) return undefined;
	const [, year, month, day] = match;
	return {
		year: Number(year),
		month: month === undefined ? undefined : Number(month),
		day: day === undefined ? undefined : Number(day)
	};
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True for '1869', '1869-11' and '1869-11-17' when the month and day exist. */
export function isPartialDate(date: string): boolean {
	const parts = parse(date);
	if (!parts) return false;
	if (parts.month === undefined) return true;
	if (parts.month < 1 || parts.month > 12) return false;
	return parts.day === undefined || (parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month));
}

/** The first day the date may mean, as YYYY-MM-DD: '1869-11' → '1869-11-01'. */
export function firstDay(date: string): string {
	const { year, month = 1, day = 1 } = parse(date) ?? { year: 0 };
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last day the date may mean, as YYYY-MM-DD: '1869-11' → '1869-11-30'. */
export function lastDay(date: string): string {
	const { year, month = 12, day } = parse(date) ?? { year: 0 };
	return `${year}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;
}

/** The date as English readers write it: '17 November 1869', 'November 1869', '1975'. */
export function formatDateEnglish(date: string): string {
	const parts = parse(date);
	if (!parts) return date;
	if (parts.month === undefined) return String(parts.year);
	const month = MONTHS[parts.month - 1];
	return parts.day === undefined ? `${month} ${parts.year}` : `${parts.day} ${month} ${parts.year}`;
}
