"""Sphinx configuration of tiktoklive_sync's documentation.

Build it with ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` (the test
suite does, in tests/end_to_end/test_docs.py). The theme, furo, ships every asset in its
wheel, and nothing links to another project's inventory (no intersphinx): building and
reading the pages needs no network.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the package from this tree, installed or not

from tiktoklive_sync import __version__  # noqa: E402 (after the path is set)

project = "tiktoklive_sync"
author = "tiktoklive_sync's authors"
copyright = "tiktoklive_sync's authors, MIT License"
version = release = __version__

extensions = ["sphinx.ext.autodoc"]

root_doc = "index"
exclude_patterns = ["_build"]
# ``code`` in the prose is a literal, as in the README (not a cross-reference).
default_role = "literal"
# Code blocks are Python unless they say otherwise; "default" leaves a block that does not
# lex as Python (a tree of classes drawn in a docstring, a shell session) unhighlighted
# instead of warning.
highlight_language = "default"

# The API reference documents what each public module exports (its ``__all__``), in the
# order of the source, with the signatures' type hints in the descriptions.
autodoc_default_options = {
    "members": True,
    "member-order": "bysource",
    "show-inheritance": True,
}
autodoc_typehints = "description"
autodoc_preserve_defaults = True

html_theme = "furo"
html_title = f"tiktoklive_sync {release}"
html_static_path: list = []
html_show_sourcelink = False
