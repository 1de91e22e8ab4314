"""WordPress's formatting functions and filter chains as pure functions (no I/O).

Each module ports one part of ``wp-includes/formatting.php`` and friends (WordPress 7.1.4);
``conformance.call`` runs any of them the way the vectors in ``tests/data/vectors`` were made.
"""
