"""Labels of the post types and taxonomies core registers (WordPress 7.1.4, en_US).

Post types: ``get_post_type_labels`` = the defaults (non-hierarchical / hierarchical) merged with the
type's own labels; taxonomies likewise with ``get_taxonomy_labels``. Keys a type sets that the
defaults lack are appended in the order given (clients that snapshot labels see that order).
"""

from __future__ import annotations

from typing import Any

#: label → (non-hierarchical, hierarchical) default
POST_TYPE_LABEL_DEFAULTS: dict[str, tuple[Any, Any]] = {
    'name': ('Posts', 'Pages'),
    'singular_name': ('Post', 'Page'),
    'add_new': ('Add', 'Add'),
    'add_new_item': ('Add Post', 'Add Page'),
    'edit_item': ('Edit Post', 'Edit Page'),
    'new_item': ('New Post', 'New Page'),
    'view_item': ('View Post', 'View Page'),
    'view_items': ('View Posts', 'View Pages'),
    'search_items': ('Search Posts', 'Search Pages'),
    'not_found': ('No posts found.', 'No pages found.'),
    'not_found_in_trash': ('No posts found in Trash.', 'No pages found in Trash.'),
    'parent_item_colon': (None, 'Parent Page:'),
    'all_items': ('All Posts', 'All Pages'),
    'archives': ('Post Archives', 'Page Archives'),
    'attributes': ('Post Attributes', 'Page Attributes'),
    'insert_into_item': ('Insert into post', 'Insert into page'),
    'uploaded_to_this_item': ('Uploaded to this post', 'Uploaded to this page'),
    'featured_image': ('Featured image', 'Featured image'),
    'set_featured_image': ('Set featured image', 'Set featured image'),
    'remove_featured_image': ('Remove featured image', 'Remove featured image'),
    'use_featured_image': ('Use as featured image', 'Use as featured image'),
    'filter_items_list': ('Filter posts list', 'Filter pages list'),
    'filter_by_date': ('Filter by date', 'Filter by date'),
    'items_list_navigation': ('Posts list navigation', 'Pages list navigation'),
    'items_list': ('Posts list', 'Pages list'),
    'item_published': ('Post published.', 'Page published.'),
    'item_published_privately': ('Post published privately.', 'Page published privately.'),
    'item_reverted_to_draft': ('Post reverted to draft.', 'Page reverted to draft.'),
    'item_trashed': ('Post trashed.', 'Page trashed.'),
    'item_scheduled': ('Post scheduled.', 'Page scheduled.'),
    'item_updated': ('Post updated.', 'Page updated.'),
    'item_link': ('Post Link', 'Page Link'),
    'item_link_description': ('A link to a post.', 'A link to a page.'),
}

#: Labels each core post type sets over the defaults.
POST_TYPE_LABELS: dict[str, dict[str, Any]] = {
    'post': {'menu_name': 'Posts', 'name_admin_bar': 'Post'},
    'page': {'menu_name': 'Pages', 'name_admin_bar': 'Page'},
    'attachment': {'name': 'Media', 'singular_name': 'Media', 'add_new': 'Add Media File', 'add_new_item': 'Add Media File', 'edit_item': 'Edit Media', 'view_item': 'View Media File', 'all_items': 'Media', 'archives': 'Media', 'attributes': 'Attachment Attributes', 'menu_name': 'Media', 'name_admin_bar': 'Media', 'template_name': 'Single item: Media'},
    'nav_menu_item': {'name': 'Navigation Menu Items', 'singular_name': 'Navigation Menu Item', 'all_items': 'Navigation Menu Items', 'archives': 'Navigation Menu Items', 'menu_name': 'Navigation Menu Items', 'name_admin_bar': 'Navigation Menu Item', 'template_name': 'Single item: Navigation Menu Item'},
    'wp_block': {'name': 'Patterns', 'singular_name': 'Pattern', 'add_new': 'Add Pattern', 'add_new_item': 'Add Pattern', 'edit_item': 'Edit Block Pattern', 'new_item': 'New Pattern', 'view_item': 'View Pattern', 'view_items': 'View Patterns', 'search_items': 'Search Patterns', 'not_found': 'No patterns found.', 'not_found_in_trash': 'No patterns found in Trash.', 'all_items': 'All Patterns', 'archives': 'All Patterns', 'filter_items_list': 'Filter patterns list', 'items_list_navigation': 'Patterns list navigation', 'items_list': 'Patterns list', 'item_published': 'Pattern published.', 'item_published_privately': 'Pattern published privately.', 'item_reverted_to_draft': 'Pattern reverted to draft.', 'item_scheduled': 'Pattern scheduled.', 'item_updated': 'Pattern updated.', 'menu_name': 'Patterns', 'name_admin_bar': 'Pattern', 'template_name': 'Single item: Pattern'},
    'wp_template': {'name': 'Templates', 'singular_name': 'Template', 'add_new': 'Add Template', 'add_new_item': 'Add Template', 'edit_item': 'Edit Template', 'new_item': 'New Template', 'view_item': 'View Template', 'search_items': 'Search Templates', 'not_found': 'No templates found.', 'not_found_in_trash': 'No templates found in Trash.', 'parent_item_colon': 'Parent Template:', 'all_items': 'Templates', 'archives': 'Template archives', 'insert_into_item': 'Insert into template', 'uploaded_to_this_item': 'Uploaded to this template', 'filter_items_list': 'Filter templates list', 'items_list_navigation': 'Templates list navigation', 'items_list': 'Templates list', 'item_updated': 'Template updated.', 'menu_name': 'Templates', 'name_admin_bar': 'Template', 'template_name': 'Single item: Template'},
    'wp_template_part': {'name': 'Template Parts', 'singular_name': 'Template Part', 'add_new': 'Add Template Part', 'add_new_item': 'Add Template Part', 'edit_item': 'Edit Template Part', 'new_item': 'New Template Part', 'view_item': 'View Template Part', 'search_items': 'Search Template Parts', 'not_found': 'No template parts found.', 'not_found_in_trash': 'No template parts found in Trash.', 'parent_item_colon': 'Parent Template Part:', 'all_items': 'Template Parts', 'archives': 'Template part archives', 'insert_into_item': 'Insert into template part', 'uploaded_to_this_item': 'Uploaded to this template part', 'filter_items_list': 'Filter template parts list', 'items_list_navigation': 'Template parts list navigation', 'items_list': 'Template parts list', 'item_updated': 'Template part updated.', 'menu_name': 'Template Parts', 'name_admin_bar': 'Template Part', 'template_name': 'Single item: Template Part'},
    'wp_global_styles': {'name': 'Global Styles', 'singular_name': 'Global Styles', 'all_items': 'Global Styles', 'archives': 'Global Styles', 'menu_name': 'Global Styles', 'name_admin_bar': 'Global Styles', 'template_name': 'Single item: Global Styles'},
    'wp_navigation': {'name': 'Navigation Menus', 'singular_name': 'Navigation Menu', 'add_new': 'Add Navigation Menu', 'add_new_item': 'Add Navigation Menu', 'edit_item': 'Edit Navigation Menu', 'new_item': 'New Navigation Menu', 'view_item': 'View Navigation Menu', 'search_items': 'Search Navigation Menus', 'not_found': 'No Navigation Menu found.', 'not_found_in_trash': 'No Navigation Menu found in Trash.', 'parent_item_colon': 'Parent Navigation Menu:', 'all_items': 'Navigation Menus', 'archives': 'Navigation Menu archives', 'insert_into_item': 'Insert into Navigation Menu', 'uploaded_to_this_item': 'Uploaded to this Navigation Menu', 'filter_items_list': 'Filter Navigation Menu list', 'items_list_navigation': 'Navigation Menus list navigation', 'items_list': 'Navigation Menus list', 'item_updated': 'Navigation Menu updated.', 'menu_name': 'Navigation Menus', 'name_admin_bar': 'Navigation Menu', 'template_name': 'Single item: Navigation Menu'},
    'wp_font_family': {'name': 'Font Families', 'singular_name': 'Font Family', 'all_items': 'Font Families', 'archives': 'Font Families', 'menu_name': 'Font Families', 'name_admin_bar': 'Font Family', 'template_name': 'Single item: Font Family'},
    'wp_font_face': {'name': 'Font Faces', 'singular_name': 'Font Face', 'all_items': 'Font Faces', 'archives': 'Font Faces', 'menu_name': 'Font Faces', 'name_admin_bar': 'Font Face', 'template_name': 'Single item: Font Face'},
}

#: label → (non-hierarchical, hierarchical) default
TAXONOMY_LABEL_DEFAULTS: dict[str, tuple[Any, Any]] = {
    'name': ('Tags', 'Categories'),
    'singular_name': ('Tag', 'Category'),
    'search_items': ('Search Tags', 'Search Categories'),
    'popular_items': ('Popular Tags', None),
    'all_items': ('All Tags', 'All Categories'),
    'parent_item': (None, 'Parent Category'),
    'parent_item_colon': (None, 'Parent Category:'),
    'name_field_description': ('The name is how it appears on your site.', 'The name is how it appears on your site.'),
    'slug_field_description': ('The &#8220;slug&#8221; is the URL-friendly version of the name. It is usually all lowercase and contains only letters, numbers, and hyphens.', 'The &#8220;slug&#8221; is the URL-friendly version of the name. It is usually all lowercase and contains only letters, numbers, and hyphens.'),
    'parent_field_description': (None, 'Assign a parent term to create a hierarchy. The term Jazz, for example, would be the parent of Bebop and Big Band.'),
    'desc_field_description': ('The description is not prominent by default; however, some themes may show it.', 'The description is not prominent by default; however, some themes may show it.'),
    'edit_item': ('Edit Tag', 'Edit Category'),
    'view_item': ('View Tag', 'View Category'),
    'update_item': ('Update Tag', 'Update Category'),
    'add_new_item': ('Add Tag', 'Add Category'),
    'new_item_name': ('New Tag Name', 'New Category Name'),
    'separate_items_with_commas': ('Separate tags with commas', None),
    'add_or_remove_items': ('Add or remove tags', None),
    'choose_from_most_used': ('Choose from the most used tags', None),
    'not_found': ('No tags found.', 'No categories found.'),
    'no_terms': ('No tags', 'No categories'),
    'filter_by_item': (None, 'Filter by category'),
    'items_list_navigation': ('Tags list navigation', 'Categories list navigation'),
    'items_list': ('Tags list', 'Categories list'),
    'most_used': ('Most Used', 'Most Used'),
    'back_to_items': ('&larr; Go to Tags', '&larr; Go to Categories'),
    'item_link': ('Tag Link', 'Category Link'),
    'item_link_description': ('A link to a tag.', 'A link to a category.'),
}

#: Labels each core taxonomy sets over the defaults.
TAXONOMY_LABELS: dict[str, dict[str, Any]] = {
    'category': {'menu_name': 'Categories', 'name_admin_bar': 'category', 'template_name': 'Category Archives'},
    'post_tag': {'menu_name': 'Tags', 'name_admin_bar': 'post_tag', 'template_name': 'Tag Archives'},
    'nav_menu': {'name': 'Navigation Menus', 'singular_name': 'Navigation Menu', 'all_items': 'Navigation Menus', 'menu_name': 'Navigation Menus', 'name_admin_bar': 'Navigation Menu', 'archives': 'Navigation Menus', 'template_name': 'Navigation Menu Archives'},
    'wp_pattern_category': {'name': 'Pattern Categories', 'singular_name': 'Pattern Category', 'search_items': 'Search Pattern Categories', 'popular_items': 'Popular Pattern Categories', 'all_items': 'Pattern Categories', 'edit_item': 'Edit Pattern Category', 'view_item': 'View Pattern Category', 'update_item': 'Update Pattern Category', 'add_new_item': 'Add Category', 'new_item_name': 'New Pattern Category Name', 'separate_items_with_commas': 'Separate pattern categories with commas', 'add_or_remove_items': 'Add or remove pattern categories', 'choose_from_most_used': 'Choose from the most used pattern categories', 'not_found': 'No pattern categories found.', 'no_terms': 'No pattern categories', 'items_list_navigation': 'Pattern Categories list navigation', 'items_list': 'Pattern Categories list', 'back_to_items': '&larr; Go to Pattern Categories', 'item_link': 'Pattern Category Link', 'item_link_description': 'A link to a pattern category.', 'menu_name': 'Pattern Categories', 'name_admin_bar': 'Pattern Category', 'archives': 'Pattern Categories', 'template_name': 'Pattern Category Archives'},
}


def merge_labels(defaults: dict[str, tuple[Any, Any]], own: dict[str, Any], hierarchical: bool) -> dict[str, Any]:
    """The defaults for the kind of object, overridden and extended by its own labels."""
    labels = {key: pair[1 if hierarchical else 0] for key, pair in defaults.items()}
    labels.update(own)
    return labels


def derive_labels(name: str, singular: str) -> dict[str, Any]:
    """Labels a plugin type gets from its plural and singular names alone."""
    return {"name": name, "singular_name": singular, "all_items": name, "archives": name,
            "menu_name": name, "name_admin_bar": singular, "template_name": f"Single item: {singular}"}

