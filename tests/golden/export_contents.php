<?php
// What wp_generate_block_templates_export_file would put in the zip, as JSON (the oracle's PHP lacks ZipArchive).
// Usage: php tests/golden/export_contents.php WWW_DIR > tests/golden/export-contents.json
// Builds no zip; run it inside the oracle lock, before the reset that follows a recording.
$www = $argv[1];
define( 'WP_USE_THEMES', false );
$_SERVER['HTTP_HOST'] = '127.0.0.1:8881';
require $www . '/wp-load.php';
wp_set_current_user( 1 );
$out = array( 'dirs' => array( 'templates', 'parts' ), 'theme_files' => array(), 'templates' => array(), 'parts' => array() );
$theme_path = wp_normalize_path( get_stylesheet_directory() );
$it = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $theme_path ), RecursiveIteratorIterator::LEAVES_ONLY );
foreach ( $it as $file ) {
	if ( ! $file->isDir() ) {
		$rel = substr( wp_normalize_path( $file ), strlen( $theme_path ) + 1 );
		if ( ! wp_is_theme_directory_ignored( $rel ) ) {
			$out['theme_files'][] = $rel;
		}
	}
}
foreach ( get_block_templates() as $t ) {
	$out['templates'][] = array( 'templates/' . $t->slug . '.html', traverse_and_serialize_blocks( parse_blocks( $t->content ), '_remove_theme_attribute_from_template_part_block' ) );
}
foreach ( get_block_templates( array(), 'wp_template_part' ) as $t ) {
	$out['parts'][] = array( 'parts/' . $t->slug . '.html', $t->content );
}
$tree = WP_Theme_JSON_Resolver::get_theme_data( array(), array( 'with_supports' => false ) );
$tree->merge( WP_Theme_JSON_Resolver::get_user_data() );
$raw = $tree->get_data();
if ( $raw['version'] ) {
	$raw = array_merge( array( '$schema' => 'https://schemas.wp.org/wp/' . substr( wp_get_wp_version(), 0, 3 ) . '/theme.json' ), $raw );
}
$out['theme.json'] = preg_replace( '~(?:^|\G)\h{4}~m', "\t", wp_json_encode( $raw, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
echo wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
