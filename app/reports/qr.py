"""QR codes as reportlab drawings (flowables) or drawn straight onto a canvas."""
from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from app.reports.fonts import body_font


def qr_widget(value: str, bar_level: str = "M") -> QrCodeWidget:
    """The widget encoding ``value`` (error correction ``bar_level``: L, M, Q or H), quiet zone included."""
    if not value:
        raise ValueError("a QR code needs a value")
    return QrCodeWidget(value, barLevel=bar_level)


def qr_drawing(value: str, size: float, bar_level: str = "M") -> Drawing:
    """A ``size`` x ``size`` point drawing of the QR code; usable as a flowable.  ``drawing.widget.value``
    is the encoded text."""
    widget = qr_widget(value, bar_level)
    x1, y1, x2, y2 = widget.getBounds()
    sx, sy = size / (x2 - x1), size / (y2 - y1)
    drawing = Drawing(size, size, transform=[sx, 0, 0, sy, -x1 * sx, -y1 * sy],
                      initialFontName=body_font())  # else renderPDF declares an unembedded Times-Roman
    drawing.add(widget, name="widget")
    return drawing


def draw_qr(canvas, value: str, x: float, y: float, size: float, bar_level: str = "M") -> Drawing:
    """Draw the QR code with its lower-left corner at (x, y); returns the drawing."""
    drawing = qr_drawing(value, size, bar_level)
    renderPDF.draw(drawing, canvas, x, y)
    return drawing
