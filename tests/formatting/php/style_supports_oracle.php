<?php
/**
 * Differential oracle for the colour, typography, border and spacing block supports.
 *
 * Usage: php style_supports_oracle.php /path/to/wordpress < cases.jsonl
 * Each input line is {"supports": {...}, "attributes": {...}}; each output line is {"out": [class, style]}:
 * what WP_Block_Supports::apply_block_supports joins from the four supports' apply functions.
 * Theme settings as the twentytwentyfive theme's: fluid typography, 1340px wide size.
 */
$harness = file_get_contents(__DIR__ . '/formatting_oracle.php');
eval('?>' . substr($harness, 0, strpos($harness, 'while (($line')));  // its stand-ins and includes

function add_action(...$args) {}
function add_filter(...$args) {}
function wp_parse_args($args, $defaults = array()) { return array_merge($defaults, (array) $args); }
function wp_get_global_settings(...$args) {
    return array('typography' => array('fluid' => true), 'layout' => array('wideSize' => '1340px'));
}
foreach (array('_wp_array_get', '_wp_to_kebab_case') as $fn) {
    preg_match("/^function $fn\\(.*?^}/ms", file_get_contents(ABSPATH . WPINC . '/functions.php'), $found);
    eval($found[0]);
}
require ABSPATH . WPINC . '/style-engine.php';
foreach (array('-css-declarations', '-css-rule', '-css-rules-store', '-processor', '') as $suffix) {
    require ABSPATH . WPINC . "/style-engine/class-wp-style-engine$suffix.php";
}
require ABSPATH . WPINC . '/class-wp-block-type.php';
require ABSPATH . WPINC . '/class-wp-block-supports.php';
require ABSPATH . WPINC . '/blocks.php';
require ABSPATH . WPINC . '/block-supports/utils.php';
$applies = array();
foreach (array('colors', 'typography', 'border', 'spacing') as $support) {
    require ABSPATH . WPINC . "/block-supports/$support.php";
    $applies[] = 'wp_apply_' . $support . '_support';
}

while (($line = fgets(STDIN)) !== false) {
    $case = json_decode($line, true);
    $block_type = new WP_Block_Type('test/block', array('supports' => $case['supports']));
    $output = array('class' => '', 'style' => '');
    foreach ($applies as $apply) {
        foreach ($apply($block_type, $case['attributes']) as $name => $value) {
            $output[$name] = '' === $output[$name] ? $value : $output[$name] . " $value";
        }
    }
    echo json_encode(array('out' => array($output['class'], $output['style']))), "\n";
}
