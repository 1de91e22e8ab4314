<?php
/**
 * Times WordPress's own `apply_filters('the_content', $raw)` over the inputs of a vector file.
 *
 * Usage: php the_content_bench.php /path/to/wordpress vectors.jsonl PASSES
 * Prints one JSON object: {"inputs", "bytes", "passes": [seconds per pass], "identical"}.
 *
 * Loads the whole WordPress (wp-load.php: default filters, core shortcodes, the oracle's database)
 * because the chain needs it. Everything runs inside one database transaction that is rolled
 * back at the end, so the oEmbed cache rows WP_Embed writes for the global post do not persist.
 * Site URL filtered to http://example.org and global post ID 100, as the vectors were made
 * (tests/data/vectors/README.md); `identical` counts outputs equal to the vectors' (counters run
 * on from one input to the next here, so a few differ).
 */
$root = rtrim($argv[1] ?? '', '/') . '/';
$file = $argv[2] ?? '';
$passes = max(1, (int) ($argv[3] ?? 3));
$cases = array();
foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    $cases[] = json_decode($line, true);
}
// WordPress's bootstrap uses globals such as $file; the inputs are read before it runs.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require $root . 'wp-load.php';

$example = function () { return 'http://example.org'; };
add_filter('option_home', $example, 99);
add_filter('option_siteurl', $example, 99);

global $wpdb, $post;
$wpdb->query('START TRANSACTION');
$times = array();
$identical = 0;
$bytes = 0;
for ($pass = 0; $pass < $passes; $pass++) {
    $elapsed = 0.0;
    foreach ($cases as $case) {
        $raw = $case['args'][0];
        $post = new WP_Post((object) array(
            'ID' => 100, 'post_type' => 'post', 'post_status' => 'publish', 'post_content' => $raw,
            'post_password' => '', 'filter' => 'raw',
        ));
        setup_postdata($post);
        $started = hrtime(true);
        $out = apply_filters('the_content', $raw);
        $elapsed += (hrtime(true) - $started) / 1e9;
        if ($pass === 0) {
            $bytes += strlen($raw);
            $identical += ($out === $case['out']) ? 1 : 0;
        }
    }
    $times[] = $elapsed;
}
$wpdb->query('ROLLBACK');
echo json_encode(array('inputs' => count($cases), 'bytes' => $bytes, 'passes' => $times, 'identical' => $identical)), "\n";
