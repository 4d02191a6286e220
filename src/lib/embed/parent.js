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
		frame.contentWindow.postMessage(message, originOf(frame.src));
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

	window.addEventListener('message', function (event) {
		var height = heightOf(event.data);
		if (height === null) return;
		var frame = frameOf(event.source);
		if (!frame || event.origin !== originOf(frame.src)) return;
		frame.style.height = height + 'px';
		frame.setAttribute('height', String(height));
		reported.add(frame);
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
