"""``python -m tiktoklive_sync``: the command line (see :mod:`tiktoklive_sync.cli`)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
