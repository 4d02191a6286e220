/** The reader's motion preference, from the OS setting (prefers-reduced-motion). */
export class MotionPreference {
	reduced = $state(false);

	/** Starts following the OS setting; returns a function that stops. */
	follow(): () => void {
		const query = window.matchMedia('(prefers-reduced-motion: reduce)');
		const update = () => (this.reduced = query.matches);
		update();
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}
}
