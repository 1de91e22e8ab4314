<?php
/**
 * Title: Post format name
 * Slug: twentytwentyfive/binding-format
 * Categories: twentytwentyfive_post-format
 * Description: Prints the name of the post format with the help of the Block Bindings API.
 *
 * @package WordPress
 * @subpackage Twenty_Twenty_Five
 * @since Twenty Twenty-Five 1.0
 */

?>
<!-- wp:paragraph {"metadata":{"bindings":{"content":{"source":"twentytwentyfive/format"}}},"fontSize":"small"} -->
<p class="has-small-font-size"></p>
<!-- /wp:paragraph -->
