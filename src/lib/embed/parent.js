/*
 * Story map embeds: the host page's script, served as /embed.js and included by the embed snippet.
 * It keeps every story-map iframe on the page at its content height, asking the frames for it when
 * it starts and after the page is resized. No dependencies, no globals besides one guard, safe to
 * include any number of times. Protocol: src/lib/share/messages.ts.
 *
 * A frame is resized only when a message comes from that frame's own window (event.source), from
 * the frame's own origin, and has exactly the shape of a height message: never on the word of the
 * message alone. A whole-story frame marked data-story-map-embed="scroll" is also told where it is
 * on the screen as the page scrolls, so the story can follow the page's scroll.
 *
 * A frame marked data-story-map-events is greeted (the host API, src/lib/share/host-events.ts):
 * its `ready` and `chapter` messages are dispatched on the iframe element as `story-map:ready` and
 * `story-map:chapter` events (the message in `detail`), and a `story-map:go` event dispatched on
 * the iframe (`detail: { chapter }`) is passed to the frame. The fallback link an oEmbed answer
 * puts before the frame (blockquote.story-map-embed-fallback) is hidden once the frame reports.
 */
(function () {
	'use strict';
	var GUARD = '__storyMapEmbedParent';
	var SELECTOR = 'iframe[data-story-map-embed]';
	var MAX_HEIGHT = 50000;
	/** @type {Record<string, unknown>} */
	var host = /** @type {any} */ (window);

	/** Asks every frame to report its height (it may have reported before this script ran). */
	function requestHeights() {
		var frames = document.querySelectorAll(SELECTOR);
		for (var i = 0; i < frames.length; i++) {
			var target = /** @type {HTMLIFrameElement} */ (frames[i]).contentWindow;
			// "*": the frame may still be about:blank; the request carries no data.
			if (target) target.postMessage({ 'story-map-embed': 'request-height' }, '*');
		}
	}

	if (host[GUARD]) {
		// Included again (e.g. by a second snippet added later): only greet the new frames.
		requestHeights();
		return;
	}
	host[GUARD] = true;

	/** @param {string} src */
	function originOf(src) {
		try {
			return new URL(src, document.baseURI).origin;
		} catch {
			return '';
		}
	}

	/**
	 * The origin messages from a frame come from: its src's, or 'null' when it is sandboxed without
	 * allow-same-origin (WordPress's oEmbed frames).
	 * @param {HTMLIFrameElement} frame
	 */
	function frameOrigin(frame) {
		var sandbox = frame.getAttribute('sandbox');
		if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return 'null';
		return originOf(frame.src);
	}

	/** @param {MessageEventSource | null} source */
	function frameOf(source) {
		if (!source) return null;
		var frames = document.querySelectorAll(SELECTOR);
		for (var i = 0; i < frames.length; i++) {
			var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
			if (frame.contentWindow === source) return frame;
		}
		return null;
	}

	/**
	 * The height in `{"datawrapper-height": {id: px}}`, or null for anything else.
	 * @param {unknown} data
	 */
	function heightOf(data) {
		if (typeof data !== 'object' || data === null) return null;
		var keys = Object.keys(data);
		if (keys.length !== 1 || keys[0] !== 'datawrapper-height') return null;
		var byId = /** @type {Record<string, unknown>} */ (data)['datawrapper-height'];
		if (typeof byId !== 'object' || byId === null) return null;
		var ids = Object.keys(byId);
		if (ids.length !== 1) return null;
		var height = /** @type {Record<string, unknown>} */ (byId)[/** @type {string} */ (ids[0])];
		if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > MAX_HEIGHT) return null;
		return Math.ceil(height);
	}

	/** Frames that have reported a height: loaded, and ours. */
	var reported = new WeakSet();

	/** @param {HTMLIFrameElement} frame */
	function sendViewport(frame) {
		if (frame.getAttribute('data-story-map-embed') !== 'scroll' || !frame.contentWindow) return;
		var message = {
			'story-map-embed': 'viewport',
			top: frame.getBoundingClientRect().top,
			height: window.innerHeight
		};
		var origin = frameOrigin(frame);
		frame.contentWindow.postMessage(message, origin === 'null' ? '*' : origin);
	}

	var viewportPending = false;
	function sendViewports() {
		if (viewportPending) return;
		viewportPending = true;
		window.requestAnimationFrame(function () {
			viewportPending = false;
			var frames = document.querySelectorAll(SELECTOR);
			for (var i = 0; i < frames.length; i++) {
				var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
				if (reported.has(frame)) sendViewport(frame);
			}
		});
	}

	/**
	 * A host API event from the frame (`ready` or `chapter`), or null.
	 * @param {unknown} data
	 */
	function embedEventOf(data) {
		if (typeof data !== 'object' || data === null) return null;
		var record = /** @type {Record<string, unknown>} */ (data);
		var kind = record['story-map-embed'];
		if ((kind !== 'ready' && kind !== 'chapter') || typeof record.chapter !== 'string') return null;
		return { kind: kind, detail: record };
	}

	/** @param {HTMLIFrameElement} frame */
	function greet(frame) {
		if (frame.getAttribute('data-story-map-events') === null || !frame.contentWindow) return;
		var origin = frameOrigin(frame);
		frame.contentWindow.postMessage({ 'story-map-embed': 'hello' }, origin === 'null' ? '*' : origin);
		if (greeted.has(frame)) return;
		greeted.add(frame);
		frame.addEventListener('story-map:go', function (event) {
			var detail = /** @type {CustomEvent} */ (event).detail;
			if (!detail || typeof detail.chapter !== 'string' || !frame.contentWindow) return;
			var message = { 'story-map-embed': 'go', chapter: detail.chapter };
			frame.contentWindow.postMessage(message, origin === 'null' ? '*' : origin);
		});
	}

	/** Frames greeted for the host API. */
	var greeted = new WeakSet();

	window.addEventListener('message', function (event) {
		var frame = frameOf(event.source);
		if (!frame || event.origin !== frameOrigin(frame)) return;
		var embedEvent = embedEventOf(event.data);
		if (embedEvent) {
			frame.dispatchEvent(new CustomEvent('story-map:' + embedEvent.kind, { detail: embedEvent.detail }));
			return;
		}
		var height = heightOf(event.data);
		if (height === null) return;
		frame.style.height = height + 'px';
		frame.setAttribute('height', String(height));
		var before = frame.previousElementSibling;
		if (before && before.classList.contains('story-map-embed-fallback'))
			/** @type {HTMLElement} */ (before).style.display = 'none';
		if (!reported.has(frame)) {
			reported.add(frame);
			greet(frame);
		}
		sendViewport(frame);
	});
	window.addEventListener('scroll', sendViewports, { passive: true });

	// A frame out of view is not rendered, so it does not notice it got narrower: ask every frame
	// again once the host page has settled after a resize.
	var resizeTimer = 0;
	window.addEventListener('resize', function () {
		sendViewports();
		window.clearTimeout(resizeTimer);
		resizeTimer = window.setTimeout(requestHeights, 150);
	});

	requestHeights();
})();
