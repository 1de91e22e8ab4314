<?php
// What the site editor's export writes as theme.json for each user global styles of a case file:
// the theme's data (get_theme_data without supports) merged with new WP_Theme_JSON( user, 'custom' ), get_data().
// Read-only: nothing is saved. Usage:
//   php tests/golden/theme_json_get_data.php WWW_DIR tests/golden/cases-theme-json-get-data.json > tests/golden/theme-json-get-data.json
$www = $argv[1];
$cases = json_decode( file_get_contents( $argv[2] ), true );
define( 'WP_USE_THEMES', false );
$_SERVER['HTTP_HOST'] = '127.0.0.1:8881';
require $www . '/wp-load.php';
$users = array();
foreach ( $cases as $case ) {  // before get_theme_data registers the theme's style partials, as for get_user_data()
	$users[ $case['name'] ] = new WP_Theme_JSON( $case['user'], 'custom' );
}
$theme = WP_Theme_JSON_Resolver::get_theme_data( array(), array( 'with_supports' => false ) );
$out   = array();
foreach ( $cases as $case ) {
	$tree = clone $theme;
	$tree->merge( $users[ $case['name'] ] );
	$raw = $tree->get_data();
	if ( $raw['version'] ) {
		$raw = array_merge( array( '$schema' => 'https://schemas.wp.org/wp/' . substr( wp_get_wp_version(), 0, 3 ) . '/theme.json' ), $raw );
	}
	$out[] = array(
		'name'       => $case['name'],
		'theme.json' => preg_replace( '~(?:^|\G)\h{4}~m', "\t", wp_json_encode( $raw, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) ),
	);
}
echo wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
