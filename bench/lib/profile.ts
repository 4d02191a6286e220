/**
 * Main-thread time by owner, from a V8 CPU profile (CDP Profiler). Each sample is charged to the
 * innermost function on its stack that has a script URL, so native calls (a forced layout in
 * getBoundingClientRect, a WebGL call) count for the script that made them. Samples with no
 * script on the stack (style, layout and paint of the frame itself, GC, idle) are "other"/idle.
 */
export type Owner = 'ours' | 'maplibre' | 'bench' | 'other';
export type TimeByOwner = Record<Owner, number>;
export type ScriptOwners = (url: string) => Owner;

export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
		children?: number[];
	}[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/**
 * @param maplibreUrls path fragments of MapLibre's chunk and worker (and the floor's bundle)
 * @param origin the site's origin: other scripts from it are ours
 */
export function scriptOwners(maplibreUrls: readonly string[], origin: string): ScriptOwners {
	return (url) => {
		if (!url) return 'other';
		if (url.includes('__playwright') || url.startsWith('pptr:')) return 'bench';
		if (maplibreUrls.some((part) => url.includes(part))) return 'maplibre';
		if (url.startsWith(origin)) return 'ours';
		return 'other';
	};
}

/** ms of main-thread time per owner; idle time is left out. */
export function attributeProfile(profile: CpuProfile, owners: ScriptOwners): TimeByOwner {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const ownerOf = new Map<number, Owner | 'idle'>();
	const resolve = (id: number): Owner | 'idle' => {
		const known = ownerOf.get(id);
		if (known) return known;
		const node = byId.get(id)!;
		let owner: Owner | 'idle';
		if (node.callFrame.functionName === '(idle)') owner = 'idle';
		else if (node.callFrame.url) owner = owners(node.callFrame.url);
		else owner = parent.has(id) ? resolve(parent.get(id)!) : 'other';
		ownerOf.set(id, owner);
		return owner;
	};
	const time: TimeByOwner = { ours: 0, maplibre: 0, bench: 0, other: 0 };
	profile.samples.forEach((id, i) => {
		// timeDeltas[i] is the time from sample i-1 to sample i: a sample lasts until the next one.
		const owner = resolve(id);
		if (owner !== 'idle') time[owner] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
	});
	return time;
}

/** The functions of `owner` with the most self time (native calls they made included), for the JSON. */
export function topFunctions(
	profile: CpuProfile,
	owners: ScriptOwners,
	owner: Owner,
	count = 12
): { name: string; ms: number }[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	/** The innermost node with a script URL, for a sample's leaf. */
	const scripted = (id: number): number | undefined => {
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
			if (byId.get(at)!.callFrame.url) return at;
		return undefined;
	};
	const ms = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const at = scripted(id);
		if (at === undefined) return;
		const { url, functionName, lineNumber, columnNumber } = byId.get(at)!.callFrame;
		if (owners(url) !== owner) return;
		const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}:${columnNumber + 1}`;
		ms.set(name, (ms.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
	});
	return [...ms]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
}
