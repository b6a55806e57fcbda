#!/usr/bin/env python3
"""The peer for BadgeBench: the same badges drawn with ReportLab (the engine
pretix uses for its badges), A6 four to an A4 page, with ReportLab's own QR
code widget. Reads the badges from a JSON file written by BadgeBench, writes
the PDF, and prints the seconds the drawing and writing took."""
import json
import sys
import time

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

LABEL_W, LABEL_H = 105 * mm, 148 * mm


def fit(text, font, size, width, smallest=10):
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def draw_badge(c, x, y, badge):
    pad = 18
    top = y + LABEL_H
    c.setFillColor(HexColor("#555b66"))
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x + pad, top - pad - 9, badge["event"][:60])
    c.setFillColor(black)
    width = LABEL_W - 2 * pad
    size = fit(badge["name"], "Helvetica-Bold", 31, width)
    c.setFont("Helvetica-Bold", size)
    c.drawCentredString(x + LABEL_W / 2, top - 150, badge["name"])
    c.setFont("Helvetica", 10.5)
    c.drawCentredString(x + LABEL_W / 2, top - 170, badge["position"])
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(x + LABEL_W / 2, top - 190, badge["organisation"])
    qr = QrCodeWidget(badge["code"], barLevel="M")
    bounds = qr.getBounds()
    side = 100
    drawing = Drawing(side, side, transform=[side / (bounds[2] - bounds[0]), 0, 0, side / (bounds[3] - bounds[1]), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, c, x + LABEL_W - pad - side, y + 60)
    c.setFont("Courier", 7)
    c.drawCentredString(x + LABEL_W - pad - side / 2, y + 52, badge["code"])
    c.setFillColor(HexColor(badge["color"]))
    c.roundRect(x + 10, y + 10, LABEL_W - 20, 38, 7, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 19)
    c.drawCentredString(x + LABEL_W / 2, y + 22, badge["category"].upper())


def main():
    badges = json.load(open(sys.argv[1], encoding="utf-8"))
    start = time.perf_counter()
    c = canvas.Canvas(sys.argv[2], pagesize=A4)
    for i, badge in enumerate(badges):
        slot = i % 4
        if i and slot == 0:
            c.showPage()
        col, row = slot % 2, slot // 2
        draw_badge(c, col * LABEL_W, A4[1] - 0.5 * mm - (row + 1) * LABEL_H, badge)
    c.save()
    print("%.3f" % (time.perf_counter() - start))


if __name__ == "__main__":
    main()
