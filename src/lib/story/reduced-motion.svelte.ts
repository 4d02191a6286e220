/**
 * The reader's motion preference: the OS setting (prefers-reduced-motion), unless the reader chose
 * otherwise with the page's toggle. The choice is remembered for this tab only (sessionStorage).
 */
const KEY = 'story-motion';

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
		const saved = sessionStorage.getItem(KEY);
		if (saved === 'reduce' || saved === 'allow') this.choice = saved;
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}

	toggle(): void {
		this.choice = this.reduced ? 'allow' : 'reduce';
		sessionStorage.setItem(KEY, this.choice);
	}
}
