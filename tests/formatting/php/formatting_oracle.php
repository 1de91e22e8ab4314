<?php
/**
 * Differential oracle: runs WordPress's own formatting functions on JSON lines from stdin.
 *
 * Usage: php formatting_oracle.php /path/to/wordpress < cases.jsonl
 * Each input line is {"fn": name, "args": [...]}; each output line is {"out": result}.
 * Site state mirrors tests/data/vectors/README.md (example.org, smilies on, UTF-8, core shortcodes).
 */
$root = rtrim($argv[1] ?? '', '/') . '/';
define('ABSPATH', $root);
define('WPINC', 'wp-includes');

// Minimal stand-ins for the WordPress runtime the formatting functions touch.
function apply_filters($tag, $value, ...$args) { return $value; }
function _x($text, $context = '', $domain = 'default') { return $text; }
function __($text, $domain = 'default') { return $text; }
function get_option($name, $default = false) {
    $options = array(
        'use_smilies' => 1, 'blog_charset' => 'UTF-8', 'use_balanceTags' => 0,
        'siteurl' => 'http://example.org', 'home' => 'http://example.org',
    );
    return $options[$name] ?? $default;
}
function current_filter() { return $GLOBALS['__oracle_filter'] ?? ''; }
function includes_url($path = '', $scheme = null) { return 'http://example.org/wp-includes/' . ltrim($path, '/'); }
function site_url($path = '', $scheme = null) { return 'http://example.org' . $path; }
function wp_allowed_protocols() {
    return array('http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp',
        'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn');
}
function mbstring_binary_safe_encoding($reset = false) {}
function reset_mbstring_encoding() {}
function _deprecated_argument(...$args) {}
function _doing_it_wrong(...$args) {}
function is_utf8_charset($charset = null) { return true; }
function _canonical_charset($charset) { return 'UTF-8'; }
function wp_get_word_count_type() { return 'words'; }

require ABSPATH . WPINC . '/compat.php';
require ABSPATH . WPINC . '/utf8.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
// smilies_init() lives in functions.php, which pulls in much more; load just that function.
preg_match('/^function smilies_init\(\).*?^}/ms', file_get_contents(ABSPATH . WPINC . '/functions.php'), $found);
eval($found[0]);

global $shortcode_tags;
$shortcode_tags = array_fill_keys(array('wp_caption', 'caption', 'gallery', 'playlist', 'audio', 'video', 'embed'), '__return_false');
smilies_init();

while (($line = fgets(STDIN)) !== false) {
    $case = json_decode($line, true);
    $GLOBALS['__oracle_filter'] = $case['filter'] ?? '';
    $out = call_user_func_array($case['fn'], $case['args']);
    echo json_encode(array('out' => $out), JSON_INVALID_UTF8_SUBSTITUTE), "\n";
}
