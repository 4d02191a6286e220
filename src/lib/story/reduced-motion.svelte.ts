/**
 * The reader's motion preference: the OS setting (prefers-reduced-motion), unless the reader chose
 * otherwise with the page's toggle. The choice is remembered for this tab only (sessionStorage).
 */
const KEY = 'story-motion';

/** The tab's storage, or undefined where a browser refuses it (e.g. third-party frames, privacy modes). */
function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

export class MotionPreference {
	/** What the operating system asks for. */
	system = $state(false);
	/** The reader's own choice on this page, if any. */
	choice = $state<'reduce' | 'allow' | null>(null);
	/** Whether to avoid animation: flights become jumps, drawings show their final state. */
	reduced = $derived(this.choice ? this.choice === 'reduce' : this.system);

	/** Starts following the OS setting and restores the tab's choice; returns a function that stops. */
	follow(): () => void {
		const query = window.matchMedia('(prefers-reduced-motion: reduce)');
		const update = () => (this.system = query.matches);
		update();
		const saved = tabStorage()?.getItem(KEY);
		if (saved === 'reduce' || saved === 'allow') this.choice = saved;
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}

	toggle(): void {
		this.choice = this.reduced ? 'allow' : 'reduce';
		tabStorage()?.setItem(KEY, this.choice);
	}
}
