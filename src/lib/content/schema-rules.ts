/**
 * Rules the schema applies to several fields: lists of ids without repeats, and dates that have
 * already happened.
 */
import { z } from 'zod';

/**
 * A list in which every item appears once: `places: [harbour, harbour]` is a mistake (and would give
 * two list entries the same key on the page). The repeat is reported at its own index.
 */
export function uniqueList<T extends z.ZodType>(item: T) {
	return z.array(item).superRefine((items, ctx) => {
		const first = new Map<unknown, number>();
		items.forEach((value, index) => {
			const earlier = first.get(value);
			if (earlier === undefined) first.set(value, index);
			else
				ctx.addIssue({
					code: 'custom',
					path: [index],
					message: `${JSON.stringify(value)} is listed twice (also at [${earlier}])`
				});
		});
	});
}

/**
 * Today's date somewhere on Earth (UTC+14 is the first time zone to reach a date), so a date an
 * author writes on their own today is never refused.
 */
export function latestToday(now = Date.now()): string {
	return new Date(now + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * A YYYY-MM-DD date that is not in the future.
 * @param formatMessage what to say when it is not a date at all
 */
export function pastIsoDate(formatMessage: string) {
	return z.iso.date({ error: formatMessage }).refine((date) => date <= latestToday(), {
		error: () => `is in the future (today is ${latestToday()}): a date that has not come yet is a mistake`
	});
}
