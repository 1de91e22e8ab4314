"""The parts of WordPress's front door broadsheet serves besides the REST API (login, nonces)."""
