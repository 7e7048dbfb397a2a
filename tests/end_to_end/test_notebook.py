"""The example notebook runs top to bottom in a real Jupyter kernel (which has its own
asyncio loop running: the client must not mind)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "notebook.ipynb"


def test_notebook_runs_in_a_kernel(tmp_path, monkeypatch):
    root = str(NOTEBOOK.parent.parent)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    outputs = {
        index: "".join(
            str(output.get("data", {}).get("text/plain", "")) for output in cell.get("outputs", [])
        )
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code"
    }
    assert outputs[2] == "True"  # connected, and the cell returned at once
    assert "viewer_1: hello from the notebook" in outputs[4]
    assert "viewer_2 sent 5 x Rose" in outputs[4]
    assert "ClientStats(" in outputs[5]
