"""Every hook name broadsheet fires, declared once with what it is for.

``docs/hooks.md`` must describe each of them (a test checks).
"""

HOOKS: dict[str, str] = {
    "the_content": "Filter a post's raw content into the HTML readers see (content.rendered).",
    "the_title": "Filter a post title for display (title.rendered).",
    "get_the_excerpt": "Filter the excerpt text before display; generates one from content when empty.",
    "the_excerpt": "Filter the excerpt for display (excerpt.rendered).",
    "rest_api_init": "Action: register REST routes and fields on the server.",
    "rest_prepare_post": "Filter a post's REST response data before it is sent.",
    "rest_prepare_term": "Filter a term's REST response data before it is sent.",
    "rest_prepare_user": "Filter a user's REST response data before it is sent.",
}
