<?php
/**
 * How much of WordPress's own REST request time is the content formatting chains.
 *
 * Usage: php rest_formatting_share.php /path/to/wordpress ROUTE QUERY REQUESTS
 * e.g.   php rest_formatting_share.php /opt/wpref/www /wp/v2/posts per_page=10 20
 * Prints one JSON object: {"requests", "request_ms": [per request], "formatting_ms": [per request]}.
 *
 * Serves ROUTE in process with rest_do_request (after WordPress has loaded, so without the
 * bootstrap an HTTP request also pays) and times the `the_title`, `the_content`,
 * `get_the_excerpt` and `the_excerpt` filter chains from their first to their last callback
 * (timing callbacks at the lowest and highest priorities; nested runs, such as the_content inside
 * the generated excerpt, count once). Read-only: nothing is written.
 */
$bs_root = rtrim($argv[1] ?? '', '/') . '/';
$bs_route = $argv[2] ?? '/wp/v2/posts';
parse_str($argv[3] ?? '', $bs_query);
$bs_requests = max(1, (int) ($argv[4] ?? 10));
$_SERVER['HTTP_HOST'] = '127.0.0.1:8881';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require $bs_root . 'wp-load.php';

$depth = 0;
$started = 0;
$formatting = 0.0;
foreach (array('the_title', 'the_content', 'get_the_excerpt', 'the_excerpt') as $hook) {
    add_filter($hook, function ($value) use (&$depth, &$started) {
        if ($depth++ === 0) {
            $started = hrtime(true);
        }
        return $value;
    }, PHP_INT_MIN);
    add_filter($hook, function ($value) use (&$depth, &$started, &$formatting) {
        if (--$depth === 0) {
            $formatting += (hrtime(true) - $started) / 1e6;
        }
        return $value;
    }, PHP_INT_MAX);
}

$server = rest_get_server();
$request_ms = array();
$formatting_ms = array();
for ($i = 0; $i <= $bs_requests; $i++) {
    $formatting = 0.0;
    $request = new WP_REST_Request('GET', $bs_route);
    $request->set_query_params($bs_query);
    $t = hrtime(true);
    $response = rest_do_request($request);
    $data = $server->response_to_data($response, false);
    $body = wp_json_encode($data);
    $elapsed = (hrtime(true) - $t) / 1e6;
    if ($i === 0) {
        continue; // warm-up
    }
    $request_ms[] = $elapsed;
    $formatting_ms[] = $formatting;
}
echo json_encode(array('requests' => $bs_requests, 'status' => $response->get_status(), 'bytes' => strlen($body),
    'request_ms' => $request_ms, 'formatting_ms' => $formatting_ms)), "\n";
