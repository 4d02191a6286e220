/**
 * Replacing output folders all together or not at all. Each fresh folder is renamed over its
 * target (a rename is atomic within one file system, so fresh folders are staged inside the
 * project); the previous folders are kept aside until every rename has succeeded, and put back if
 * one fails. Build time only.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface Swap {
	/** A complete folder, ready to serve. */
	fresh: string;
	/** The folder it replaces (it need not exist). */
	target: string;
}

const exists = (error: unknown) => (error as NodeJS.ErrnoException).code !== 'ENOENT';

/**
 * Renames every `fresh` over its `target`, in order.
 * @param asideDir where previous folders wait until all renames are done (same file system)
 * @param beforeEach called before each rename (the build's fault injection uses it)
 */
export async function swapFolders(
	swaps: readonly Swap[],
	asideDir: string,
	beforeEach: (swap: Swap, index: number) => void = () => {}
): Promise<void> {
	const aside = await mkdtemp(join(asideDir, 'previous-'));
	const done: { swap: Swap; previous: string | undefined }[] = [];
	try {
		for (const [index, swap] of swaps.entries()) {
			beforeEach(swap, index);
			let previous: string | undefined = join(aside, String(index));
			await rename(swap.target, previous).catch((error: unknown) => {
				if (exists(error)) throw error;
				previous = undefined;
			});
			done.push({ swap, previous });
			await rename(swap.fresh, swap.target);
		}
	} catch (error) {
		// Put everything back as it was, last first.
		for (const { swap, previous } of done.reverse()) {
			await rename(swap.target, swap.fresh).catch(() => {});
			if (previous) await rename(previous, swap.target);
		}
		await rm(aside, { recursive: true, force: true });
		throw error;
	}
	await rm(aside, { recursive: true, force: true });
}
