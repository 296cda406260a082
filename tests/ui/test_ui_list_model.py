"""The core's read-only list model: a reload applies the difference row by row."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PyQt6.QtCore import Qt

from app.ui.list_model import ROW_ROLE, ListModel, list_view


def row(id_, name, when=None):
    return SimpleNamespace(id=id_, name=name, when=when)


def texts(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_cells_titles_and_tooltips(qapp):
    model = ListModel([("名称", lambda r: r.name), ("时间", lambda r: r.when)], tooltips=True)
    model.set_rows([row(1, "甲", dt.date(2026, 3, 2)), row(2, "乙")])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "名称"
    assert texts(model)[1] == ["乙", ""] and texts(model)[0][1]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "甲"
    assert model.index(1, 0).data(ROW_ROLE).id == 2
    assert model.row_at(1).id == 2 and model.row_at(model.index(0, 0)).id == 1 and model.row_at(5) is None
    assert list_view(model, stretch=0).model() is model


def test_a_reload_keeps_rows_that_stay_and_moves_the_others(qapp):
    model = ListModel([("名称", lambda r: r.name)])
    model.set_rows([row(1, "甲"), row(2, "乙"), row(3, "丙")])
    resets, inserted, removed, moved = [], [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))
    model.rowsMoved.connect(lambda *_: moved.append(1))
    model.set_rows([row(3, "丙丙"), row(1, "甲"), row(4, "丁")])
    assert texts(model) == [["丙丙"], ["甲"], ["丁"]]
    assert (resets, removed, inserted, len(moved)) == ([], [1], [2], 1)
    model.set_rows([row(1, "甲"), row(1, "甲")])  # a key twice leaves no stale row behind
    model.set_rows([row(1, "甲")])
    assert texts(model) == [["甲"]]
    model.set_rows([])
    assert model.rowCount() == 0
