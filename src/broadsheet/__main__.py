"""``python -m broadsheet``: the same as the ``broadsheet`` command."""

import sys

from broadsheet.cli.main import main

sys.exit(main())
