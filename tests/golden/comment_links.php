<?php
/**
 * get_comment_link() for every fixture comment under comment-paging settings, as JSON.
 *
 * Run against the oracle right after a reset (read-only: the options are changed inside a database
 * transaction that is rolled back):
 *     php tests/golden/comment_links.php /opt/wpref/www > tests/golden/comment-links.json
 */
define( 'WP_USE_THEMES', false );
require rtrim( $argv[1], '/' ) . '/wp-load.php';
global $wpdb;

$settings = array();
foreach ( array( '/%year%/%monthnum%/%day%/%postname%/', '' ) as $structure ) {
	foreach ( array( '0', '1' ) as $page ) {
		foreach ( array( 'newest', 'oldest' ) as $default_page ) {
			foreach ( array( '1', '0' ) as $threaded ) {
				foreach ( array( '1', '2', '3' ) as $per_page ) {
					if ( '0' === $page && ( '1' !== $per_page || 'oldest' === $default_page || '0' === $threaded ) ) {
						continue; // paging off: the other settings do not matter
					}
					$settings[] = array(
						'permalink_structure'   => $structure,
						'page_comments'         => $page,
						'default_comments_page' => $default_page,
						'thread_comments'       => $threaded,
						'comments_per_page'     => $per_page,
					);
				}
			}
		}
	}
}

$ids = $wpdb->get_col( "SELECT comment_ID FROM {$wpdb->comments} ORDER BY comment_ID" );
$out = array();
$wpdb->query( 'START TRANSACTION' );
foreach ( $settings as $options ) {
	foreach ( $options as $name => $value ) {
		update_option( $name, $value );
	}
	$GLOBALS['wp_rewrite']->init();
	wp_cache_flush();
	$links = array();
	foreach ( $ids as $id ) {
		$links[ $id ] = get_comment_link( (int) $id );
	}
	$out[] = array( 'options' => $options, 'links' => $links );
}
$wpdb->query( 'ROLLBACK' );
echo wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ), "\n";
