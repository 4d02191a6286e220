<?php
/*
 * Installs one test site non-interactively (WP_TEST_PORT names it; see wp-config.php) and writes its
 * posts, each as the user a journalist would be: wp_install(), wp_insert_user() for an Author, the
 * theme, then wp_insert_post() as that user, so WordPress's own filters (kses for roles without
 * unfiltered_html) apply exactly as when the post is saved from the editor.
 * Input (stdin, JSON): { "theme": "...", "posts": [{ "id", "title", "role", "content" }] }
 * Output (stdout, JSON): { "<id>": "<permalink>" }
 */
define('WP_INSTALLING', true);
$input = json_decode(stream_get_contents(STDIN), true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('WP_TEST_URL'), PHP_URL_HOST) . ':' . getenv('WP_TEST_PORT');
$_SERVER['SERVER_PORT'] = getenv('WP_TEST_PORT');
// No mail server here: the welcome e-mails go nowhere.
function wp_mail() {
	return true;
}
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/pluggable.php';

ob_start();
$installed = wp_install('Newsroom', 'admin', 'admin@example.test', false, '', 'admin-password');
ob_end_clean();
$admin = $installed['user_id'];
$author = wp_insert_user([
	'user_login' => 'author',
	'user_pass' => 'author-password',
	'user_email' => 'author@example.test',
	'role' => 'author',
]);
if (is_wp_error($author)) {
	fwrite(STDERR, $author->get_error_message());
	exit(1);
}
update_option('permalink_structure', '/%postname%/');
switch_theme($input['theme']);

$users = ['administrator' => $admin, 'author' => $author];
$links = [];
foreach ($input['posts'] as $post) {
	// As the editor saves it: the user's capabilities decide what kses keeps.
	wp_set_current_user($users[$post['role']]);
	$id = wp_insert_post([
		'post_title' => $post['title'],
		'post_name' => $post['id'],
		'post_content' => $post['content'],
		'post_status' => 'publish',
		'post_author' => $users[$post['role']],
	], true);
	if (is_wp_error($id)) {
		fwrite(STDERR, $id->get_error_message());
		exit(1);
	}
	$links[$post['id']] = get_permalink($id);
}
echo json_encode($links);
