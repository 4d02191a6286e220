/**
 * Reading real pixels of the map: a Playwright screenshot, decoded in the page through an <img>
 * (data: images are allowed by the CSP; fetch() of data: URLs is not).
 */
import type { Page } from '@playwright/test';
import { map } from './fixtures';

export interface PixelSummary {
	/** Pixels within a small distance of each colour. */
	counts: number[];
	/** Centre of the 12-px cell with the most pixels of each colour (null if fewer than 20). */
	hotspots: ({ x: number; y: number } | null)[];
	distinctColours: number;
}

export async function mapPixels(page: Page, hexColours: string[]): Promise<PixelSummary> {
	const box = (await map(page).boundingBox())!;
	const png = await map(page).screenshot();
	const summary = await page.evaluate(
		async ({ data, hexColours }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${data}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const { data: px, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
			const targets = hexColours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
			const counts = targets.map(() => 0);
			const cells = targets.map(() => new Map<number, number>());
			const distinct = new Set<number>();
			for (let y = 0; y < height; y++) {
				for (let x = 0; x < width; x++) {
					const i = (y * width + x) * 4;
					const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
					distinct.add((r << 16) | (g << 8) | b);
					targets.forEach(([tr, tg, tb], t) => {
						if (Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < 24) {
							counts[t]!++;
							const cell = Math.floor(y / 12) * 10000 + Math.floor(x / 12);
							cells[t]!.set(cell, (cells[t]!.get(cell) ?? 0) + 1);
						}
					});
				}
			}
			const hotspots = cells.map((cellCounts) => {
				const best = [...cellCounts.entries()].sort((a, b) => b[1] - a[1])[0];
				if (!best || best[1] < 20) return null;
				return { x: (best[0] % 10000) * 12 + 6, y: Math.floor(best[0] / 10000) * 12 + 6 };
			});
			return { counts, hotspots, distinctColours: distinct.size };
		},
		{ data: png.toString('base64'), hexColours }
	);
	return {
		...summary,
		hotspots: summary.hotspots.map((spot) => spot && { x: box.x + spot.x, y: box.y + spot.y })
	};
}
