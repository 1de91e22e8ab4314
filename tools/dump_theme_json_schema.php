<?php
/**
 * Dumps the constants of WordPress's WP_Theme_JSON that drive its schema sanitisation, as JSON.
 *
 * Usage: php tools/dump_theme_json_schema.php /opt/wpref/www > src/broadsheet/themes/theme_json_schema.json
 * The class file is loaded alone (no WordPress bootstrap): only its constants are read.
 */
require $argv[1] . '/wp-includes/version.php';
require $argv[1] . '/wp-includes/class-wp-theme-json.php';
$class = new ReflectionClass( 'WP_Theme_JSON' );
$names = array(
	'LATEST_SCHEMA', 'VALID_ORIGINS', 'VALID_TOP_LEVEL_KEYS', 'VALID_SETTINGS', 'VALID_STYLES',
	'FONT_FAMILY_SCHEMA', 'ELEMENTS', 'VALID_ELEMENT_PSEUDO_SELECTORS', 'VALID_BLOCK_PSEUDO_SELECTORS',
	'VALID_BLOCK_CUSTOM_STATES', 'DEFAULT_VIEWPORT_BREAKPOINTS', 'APPEARANCE_TOOLS_OPT_INS', 'PRESETS_METADATA',
);
$out = array( '_source' => 'WordPress ' . $wp_version . ' wp-includes/class-wp-theme-json.php (WP_Theme_JSON constants), dumped by tools/dump_theme_json_schema.php' );
foreach ( $names as $name ) {
	$value = $class->getConstant( $name );
	if ( 'PRESETS_METADATA' === $name ) {
		$value = array_map(
			static function ( $preset ) {
				return array_intersect_key( $preset, array_flip( array( 'path', 'prevent_override', 'use_default_names' ) ) );
			},
			$value
		);
	}
	$out[ $name ] = $value;
}
// WP_Theme_JSON::merge replaces (not merges) a node's background image: its path.
$out['BACKGROUND_IMAGE_PATH'] = $class->getConstant( 'PROPERTIES_METADATA' )['background-image'];
echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ), "\n";
