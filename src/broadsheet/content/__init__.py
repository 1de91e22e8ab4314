"""Domain rules: post types, taxonomies, statuses, posts, terms, users, comments."""
