"""Every hook name broadsheet fires, declared once with what it is for.

Names with ``{…}`` are families (``rest_prepare_{taxonomy}``). ``docs/hooks.md`` must describe each
of them, and every name the code fires must be declared here (``tests/test_hooks_documented.py``).
"""

HOOKS: dict[str, str] = {
    # content chains
    "the_content": "Filter a post's raw content into the HTML readers see (content.rendered).",
    "the_title": "Filter a post title for display (title.rendered).",
    "get_the_excerpt": "Filter the excerpt text before display; generates one from content when empty.",
    "the_excerpt": "Filter the excerpt for display (excerpt.rendered).",
    "comment_text": "Filter a comment's content for display (comment content.rendered).",
    # shortcodes and embeds
    "pre_do_shortcode_tag": "Short-circuit one shortcode's output before its handler runs.",
    "do_shortcode_tag": "Filter one shortcode's output after its handler ran.",
    "strip_shortcodes_tagnames": "Filter which shortcode tags strip_shortcodes removes.",
    "shortcode_atts_{shortcode}": "Filter a shortcode's attributes after defaults are merged.",
    "img_caption_shortcode": "Short-circuit the [caption] markup.",
    "img_caption_shortcode_width": "Filter the width of a [caption] figure.",
    "wp_audio_shortcode_override": "Short-circuit the [audio] markup.",
    "wp_audio_shortcode_class": "Filter the class of the <audio> element.",
    "wp_audio_shortcode": "Filter the [audio] markup.",
    "wp_video_shortcode_override": "Short-circuit the [video] markup.",
    "wp_video_shortcode_class": "Filter the class of the <video> element.",
    "wp_video_shortcode": "Filter the [video] markup.",
    "post_gallery": "Short-circuit the [gallery] markup.",
    "use_default_gallery_style": "Whether [gallery] prints its default inline style.",
    "gallery_style": "Filter the [gallery] style and opening markup.",
    "post_playlist": "Short-circuit the [playlist] markup.",
    "embed_handler_html": "Filter the markup a registered embed handler returns.",
    "embed_oembed_html": "Filter oEmbed markup for a URL.",
    "embed_oembed_discover": "Whether oEmbed discovery may look up an unknown provider.",
    "embed_maybe_make_link": "Filter the fallback link for a URL that could not be embedded.",
    "wp_embed_handler_youtube": "Filter the YouTube embed handler's markup.",
    "wp_embed_handler_audio": "Filter the audio embed handler's markup.",
    "wp_embed_handler_video": "Filter the video embed handler's markup.",
    # capabilities
    "map_meta_cap": "Filter the primitive capabilities a meta capability maps to.",
    "user_has_cap": "Filter a user's capabilities while a capability is checked.",
    "auth_{object_type}_meta_{meta_key}": "Whether a user may edit a protected meta key of an object type.",
    "auth_{object_type}_meta_{meta_key}_for_{object_subtype}": "As above, for one object subtype.",
    # REST
    "rest_api_init": "Action: register REST routes and fields on the server.",
    "rest_prepare_post": "Filter a post's REST response data before it is sent.",
    "rest_prepare_{post_type}": "Filter a post-type item's REST response data (rest_prepare_page …).",
    "rest_prepare_{taxonomy}": "Filter a term's REST response data (rest_prepare_category …).",
    "rest_prepare_user": "Filter a user's REST response data before it is sent.",
    "get_entity_view_config_{kind}_{name}": "Change an entity's view configuration (a ViewConfigData), names lowercased.",
    "rest_prepare_comment": "Filter a comment's REST response data before it is sent.",
    "rest_allow_anonymous_comments": "Whether logged-out visitors may post comments over REST (default false).",
    # oEmbed provider
    "oembed_request_post_id": "Filter the post id an oEmbed URL resolved to (0 when none).",
    "embed_html": "Filter the embed HTML (blockquote, iframe and script) of a post's oEmbed response.",
}
