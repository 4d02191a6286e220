<?php
/*
 * The test sites' configuration (written into the suite's work folder by global-setup.ts, beside
 * settings.json). One database, one table prefix per site, chosen by the port the request came to
 * (or WP_TEST_PORT for the command-line install). Nothing here is for production.
 */
$story_test = json_decode(file_get_contents(__DIR__ . '/../settings.json'), true);
$story_test_port = getenv('WP_TEST_PORT') ?: ($_SERVER['SERVER_PORT'] ?? '');
$story_test_site = $story_test['sites'][$story_test_port];

define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . $story_test['dbSocket']);
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = $story_test_site['prefix'];

define('WP_HOME', $story_test_site['url']);
define('WP_SITEURL', $story_test_site['url']);
define('WP_CONTENT_DIR', $story_test['contentDir']);
define('WP_CONTENT_URL', $story_test_site['url'] . '/wp-content');
define('STORY_TEST_SITE_PORT', (int) $story_test['storyPort']);

// No network but this machine: no update checks, no cron, nothing from wordpress.org.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', false);

if (!defined('ABSPATH')) {
	define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
