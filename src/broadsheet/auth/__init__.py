"""Authentication and authorization as WordPress 7.1.4 does them (auth-and-permissions.md).

Modules, each with one job:

- ``passwords``: login password hashes (``$wp$2y$`` bcrypt, phpass ``$P$``, bcrypt, MD5), rehash rule;
- ``app_passwords``: application passwords in usermeta ``_application_passwords`` (``wp_fast_hash``);
- ``salts`` / ``nonces`` / ``cookies``: ``wp_salt``, ``wp_create_nonce``/``wp_verify_nonce``, login and
  post-password cookies;
- ``roles`` / ``type_caps`` / ``capabilities``: roles, users' allcaps, ``map_meta_cap`` and ``user_can``;
- ``store``: users, usermeta and options through SQLAlchemy Core (``AuthStore``);
- ``request_auth``: the current user of a REST request (cookie + nonce, Basic + application password);
- ``throttle``: opt-in login throttling (beyond WordPress);
- ``errors``: ``AuthError``, which the REST layer turns into its ``RestError``.

The layer imports ``storage`` and ``hooks`` only; nothing here knows HTTP frameworks.
"""
