"""QR codes built from their payload, at the size asked for."""
from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from app.reports.qr import draw_qr, qr_drawing, qr_widget

PAYLOAD = "KB-20261121-0037 https://kaiban.example.gov.cn/q/KB-20261121-0037"


def test_drawing_encodes_the_payload_at_the_given_size():
    drawing = qr_drawing(PAYLOAD, 85)
    assert drawing.widget.value == PAYLOAD
    assert (drawing.width, drawing.height) == (85, 85)
    x1, y1, x2, y2 = drawing.getBounds()
    assert (x1, y1) == pytest.approx((0, 0), abs=0.01)
    assert (x2, y2) == pytest.approx((85, 85), abs=0.01)


def test_error_correction_level_is_passed_on():
    assert qr_widget(PAYLOAD, "H").barLevel == "H"


def test_empty_payload_is_refused():
    with pytest.raises(ValueError):
        qr_drawing("", 50)


def test_drawn_as_flowable_and_on_a_canvas(tmp_path):
    SimpleDocTemplate(str(tmp_path / "flow.pdf")).build([qr_drawing(PAYLOAD, 80)])
    canvas = Canvas(str(tmp_path / "canvas.pdf"))
    assert draw_qr(canvas, PAYLOAD, 100, 100, 60).widget.value == PAYLOAD
    canvas.save()
    assert (tmp_path / "flow.pdf").stat().st_size > 1000 and (tmp_path / "canvas.pdf").stat().st_size > 1000
