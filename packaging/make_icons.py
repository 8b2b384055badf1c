"""Draw the lab's icon with QPainter and write resources/icons/: lab-app.png (256 px, for the
.desktop file and the window), lab-app-512.png, lab-app.ico (Windows, 16–256 px) and
lab-app.icns (macOS). The .ico and .icns need Pillow (``pip install pillow``; not a dependency
of the lab). Run: ``QT_QPA_PLATFORM=offscreen python packaging/make_icons.py``.

The picture: a recurrent cell (a rounded box) reading a sequence of three tokens (dots below)
and feeding its state back to itself (the loop arrow above), on the lab's blue.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
BLUE_TOP, BLUE_BOTTOM = QColor("#1f5fa8"), QColor("#143d73")
ORANGE = QColor("#f2a33a")  # colour-blind-safe against the blue (Okabe–Ito orange)


def draw(size: int) -> QImage:
    """Return the icon as a ``size``×``size`` ARGB image (drawn on a 512-unit canvas)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 512, size / 512)
    gradient = QLinearGradient(0, 0, 0, 512)
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(16, 16, 480, 480), 96, 96)
    white = QColor("white")
    # The cell.
    painter.setPen(QPen(white, 22))
    painter.setBrush(QColor(255, 255, 255, 40))
    painter.drawRoundedRect(QRectF(146, 196, 220, 150), 36, 36)
    # The recurrence: out of the cell's right side, over the top, back into its left side.
    loop = QPainterPath(QPointF(366, 250))
    loop.cubicTo(470, 250, 460, 96, 256, 96)
    loop.cubicTo(70, 96, 46, 250, 132, 250)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ORANGE, 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(loop)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ORANGE)
    painter.drawPolygon(QPolygonF([QPointF(150, 250), QPointF(108, 222), QPointF(108, 278)]))
    # The sequence of tokens, each feeding the cell.
    painter.setPen(QPen(white, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for x in (196, 256, 316):
        painter.drawLine(QPointF(x, 400), QPointF(x, 360))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(white)
    for x in (196, 256, 316):
        painter.drawEllipse(QPointF(x, 424), 24, 24)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(512)
    big.save(str(OUT / "lab-app-512.png"))
    draw(256).save(str(OUT / "lab-app.png"))
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: wrote the PNGs only (pip install pillow)")
        return 0
    picture = Image.open(OUT / "lab-app-512.png")
    sizes = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    picture.save(OUT / "lab-app.ico", sizes=sizes)
    picture.save(OUT / "lab-app.icns")
    print("\n".join(str(p) for p in sorted(OUT.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
