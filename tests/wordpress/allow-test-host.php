<?php
/*
 * Plugin Name: Story map test host (tests only)
 * Description: Lets this test WordPress discover oEmbed on the story map served from localhost on a
 * high port. WordPress refuses both in wp_http_validate_url(), as it should on a public server;
 * a newsroom's site reaches the story map on a public address and port 80/443, and needs nothing.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
	return $external || $host === 'localhost';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports) {
	$ports[] = STORY_TEST_SITE_PORT;
	return $ports;
});
