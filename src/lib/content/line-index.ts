/**
 * Offsets in a text → line numbers, in O(log n) per look-up after one O(n) pass, so that finding the
 * line of every citation, feature or error in a big file stays linear in its size (re-splitting the
 * text before each match made it quadratic).
 */

/** Returns a function from a character offset in `text` to its 0-based line. */
export function lineIndex(text: string): (offset: number) => number {
	const starts = [0];
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	return (offset) => {
		// The last line start at or before `offset`.
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low;
	};
}
