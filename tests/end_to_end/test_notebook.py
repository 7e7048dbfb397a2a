"""The example notebook runs top to bottom in a real Jupyter kernel (which has its own
asyncio loop running: the client must not mind), and shows what it says: the live view drawn
in place to its last state, events, users, gifts, stats and a monitor as HTML, events as a
DataFrame equal to the recording's."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Dict, List

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "notebook.ipynb"


def text(output: Dict[str, Any]) -> str:
    return str(output.get("data", {}).get("text/plain", ""))


def page(output: Dict[str, Any]) -> str:
    return str(output.get("data", {}).get("text/html", ""))


def rows(table: str) -> List[str]:
    return re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], flags=re.S)


def test_notebook_runs_in_a_kernel_and_shows_its_outputs(tmp_path, monkeypatch):
    root = str(NOTEBOOK.parent.parent)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    outputs = {index: cell.outputs for index, cell in enumerate(notebook.cells) if cell.cell_type == "code"}
    assert [text(output) for output in outputs[3]] == ["True"]  # connected, and the cell returned at once

    # The live view: one output, drawn again in place up to the live's end.
    (view,) = outputs[5]
    assert view.output_type == "display_data"
    drawing = page(view)
    assert "<b>@creator</b> · ended: the live ended" in drawing
    assert "135 viewers" in drawing and "15 likes" in drawing and "<svg" in drawing
    assert "hello from the notebook" in drawing and "what a stream &lt;3" in drawing
    assert "Viewer 2" in drawing.split("Top gifters")[1] and '<img src="http://127.0.0.1:' in drawing
    views = [output for cell in outputs.values() for output in cell if "tiktoklive-view" in page(output)]
    assert views == [view]

    # The live's events as a DataFrame, equal to the recording's.
    (frame,) = outputs[7]
    assert 'class="dataframe"' in page(frame) and len(rows(page(frame))) == 7
    assert "hello from the notebook" in page(frame) and "GiftEvent" in text(frame)
    assert [text(output) for output in outputs[9]] == ["True"]

    comment, gift, user, gift_info, listed = outputs[11]
    assert text(comment) == "CommentEvent(@viewer_1: 'hello from the notebook')"
    assert "hello from the notebook" in page(comment) and '<img src="http://127.0.0.1:' in page(comment)
    assert text(gift) == "GiftEvent(@viewer_2: 5 x 'Rose')"
    assert "5 × Rose" in page(gift) and "(5 diamonds)" in page(gift) and "gift_5655" in page(gift)
    assert "@viewer_1" in page(user) and "<b>Rose</b>" in page(gift_info)
    assert text(listed) == (
        "[CommentEvent(@viewer_1: 'hello from the notebook'),\n"
        " GiftEvent(@viewer_2: 5 x 'Rose'),\n"
        " CommentEvent(@viewer_3: 'what a stream <3')]"
    )

    (stats,) = outputs[12]
    assert text(stats).startswith("ClientStats(") and 'class="tiktoklive-stats"' in page(stats)

    # The monitor: its board drawn in place up to the stop, and its status as a table.
    (board,) = outputs[14]
    assert "3 creators: 1 connected, 1 not found, 1 offline (stopped)" in page(board)
    (status,) = outputs[15]
    creators = rows(page(status))
    assert [re.search(r"@(\w+)", row).group(1) for row in creators] == ["creator", "ghost", "night_owl"]
    assert "offline" in creators[0] and "not found" in creators[1] and "connected" in creators[2]
    assert [text(output) for output in outputs[16]] == ["True"]
