<?php
/**
 * Records what WordPress's WP_Theme_JSON::merge answers for the layers of each case, as test vectors.
 *
 * Usage: php tools/theme_json_merge_vectors.php /opt/wpref/www tests/themes/data/theme-json-merge-cases.json \
 *            > tests/themes/data/theme-json-merge-vectors.json
 * WordPress is loaded with SHORTINIT (config and $wpdb, nothing read or written) plus the files the
 * theme.json classes need; the cases' block names are registered as empty block types.
 */
define( 'SHORTINIT', true );
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
$files = array(
	'l10n.php', 'formatting.php', 'kses.php', 'blocks.php', 'global-styles-and-settings.php', 'class-wp-block-type.php',
	'class-wp-block-type-registry.php', 'class-wp-block-styles-registry.php', 'class-wp-theme-json-schema.php',
	'class-wp-theme-json.php',
);
foreach ( $files as $file ) {
	require_once ABSPATH . WPINC . '/' . $file;
}
$input = json_decode( file_get_contents( $argv[2] ), true );
foreach ( $input['blocks'] as $name ) {
	WP_Block_Type_Registry::get_instance()->register( $name, array() );
}
$out = array( '_source' => 'WordPress ' . $wp_version . ' WP_Theme_JSON::merge, recorded by tools/theme_json_merge_vectors.php', 'vectors' => array() );
foreach ( $input['cases'] as $case ) {
	$result = new WP_Theme_JSON();
	foreach ( $case['layers'] as $layer ) {
		$result->merge( new WP_Theme_JSON( $layer['data'], $layer['origin'] ) );
	}
	$out['vectors'][ $case['name'] ] = $result->get_raw_data();
}
echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ), "\n";
