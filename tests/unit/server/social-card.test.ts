/**
 * The link-preview card's band (src/lib/server/social-images.ts): the title, on one line or two,
 * sits below the kicker and inside the picture, in either direction.
 */
import { describe, expect, it } from 'vitest';
import { socialCardSvg } from '../../../src/lib/server/social-images';
import { SOCIAL_IMAGE } from '../../../src/lib/site-paths';

const card = (title: string, dir: 'ltr' | 'rtl' = 'ltr') =>
	socialCardSvg({
		mapSvg: '<svg width="1" height="1" viewBox="0 0 1 1"></svg>',
		kicker: 'A story map',
		title,
		dir,
		fontFamily: 'Vazirmatn'
	});

/** Each <text>: its baseline and font size. */
const texts = (svg: string) =>
	[...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
		y: Number(m[1]),
		size: Number(m[2]),
		text: m[3]
	}));

describe('the social card', () => {
	for (const [name, title] of [
		['a short title', 'The July 1988 advance'],
		['a title on two lines', 'The Mojahedin-e Khalq: a history on a map, told chapter by chapter'],
		['a Persian title on two lines', 'مجاهدین خلق: تاریخی روی نقشه، فصل به فصل، از ۱۳۴۴ تا امروز']
	] as const) {
		it(`sets ${name} below the kicker and inside the picture`, () => {
			const [kicker, ...lines] = texts(card(title, /[\u0600-\u06ff]/.test(title) ? 'rtl' : 'ltr'));
			expect(kicker!.text).toBe('A story map');
			expect(lines.map((l) => l.text).join(' ')).toBe(title);
			// A line's capitals rise about 0.75 of its size above the baseline; descenders 0.25 below.
			expect(lines[0]!.y - 0.75 * lines[0]!.size).toBeGreaterThan(kicker!.y + 4);
			for (const [i, line] of lines.entries()) {
				if (i > 0) expect(line.y - lines[i - 1]!.y).toBeGreaterThanOrEqual(line.size);
				expect(line.y + 0.25 * line.size).toBeLessThanOrEqual(SOCIAL_IMAGE.height - 8);
			}
		});
	}
});
