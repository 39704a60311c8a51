#!/bin/sh
# Regenerates docs/workbook.png: the first rows of the Indikator sheet of the example workbook
# (Indonesian) as LibreOffice prints it, with its grid and row and column headings, 1200 px wide.
#
#   sh docs/workbook-screenshot.sh build/lkjip
#
# Needs soffice (LibreOffice) and python3. The PDF page is rendered by the PDFium that LibreOffice
# ships (program/libpdfiumlo.so, called through ctypes), cropped and written as PNG by the
# standard library alone: neither pdftoppm nor PIL is needed.
set -eu
lkjip=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
docs=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/lkjip-shot-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# A profile of its own, in Indonesian number format (decimal comma), as the workbook's users see it.
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
XCU
office() {
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to "$1" --outdir "$work" "$2" >/dev/null 2>&1
}

# 1. The example workbook as LibreOffice reads it, in flat XML to be edited.
"$lkjip" init --example -o "$work/example.xlsx"
office fods "$work/example.xlsx"

# 2. Only the Indikator sheet, its range A1:H26 (without the long notes of Catatan) printed on one page with grid and headings.
python3 - "$work/example.fods" "$work/indikator.fods" <<'PYTHON'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
tables = list(re.finditer(r'<table:table table:name="([^"]*)".*?</table:table>', text, re.S))
keep = next(t.group(0) for t in tables if t.group(1) == "Indikator")
keep = keep.replace('table:name="Indikator"',
                    'table:name="Indikator" table:print-ranges="Indikator.A1:Indikator.H26"', 1)
text = text[:tables[0].start()] + keep + text[tables[-1].end():]
text = re.sub(r'style:print="[^"]*"',
              'style:print="charts drawings objects zero-values grid headers"', text)
text = re.sub(r'fo:margin-(left|right|top|bottom)="[^"]*"', r'fo:margin-\1="0.25in"', text)
text = text.replace('style:scale-to-X="1"', 'style:scale-to-X="1" style:scale-to-Y="1"')
open(sys.argv[2], "w", encoding="utf-8").write(text)
PYTHON
office pdf "$work/indikator.fods"

# 3. Page 1 rendered by PDFium at the resolution that makes the printed area 1200 px wide,
#    cropped to that area, written as an RGB PNG.
python3 - "$work/indikator.pdf" "$docs/workbook.png" <<'PYTHON'
import ctypes, glob, struct, sys, zlib
WIDTH = 1200
library = sorted(glob.glob("/usr/lib*/libreoffice/program/libpdfiumlo.so")
                 + glob.glob("/opt/libreoffice*/program/libpdfiumlo.so"))[0]
pdfium = ctypes.CDLL(library)
pdfium.FPDF_LoadDocument.restype = ctypes.c_void_p
pdfium.FPDF_LoadPage.restype = ctypes.c_void_p
pdfium.FPDF_LoadPage.argtypes = [ctypes.c_void_p, ctypes.c_int]
for size in (pdfium.FPDF_GetPageWidth, pdfium.FPDF_GetPageHeight):
    size.restype, size.argtypes = ctypes.c_double, [ctypes.c_void_p]
pdfium.FPDFBitmap_Create.restype = ctypes.c_void_p
pdfium.FPDFBitmap_FillRect.argtypes = [ctypes.c_void_p] + [ctypes.c_int] * 4 + [ctypes.c_ulong]
pdfium.FPDFBitmap_GetBuffer.restype = ctypes.c_void_p
pdfium.FPDFBitmap_GetBuffer.argtypes = [ctypes.c_void_p]
pdfium.FPDFBitmap_GetStride.argtypes = [ctypes.c_void_p]
pdfium.FPDF_RenderPageBitmap.argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_int] * 6
pdfium.FPDF_InitLibrary()
document = pdfium.FPDF_LoadDocument(sys.argv[1].encode(), None)
page = pdfium.FPDF_LoadPage(document, 0) if document else None
if not page:
    sys.exit(f"cannot render {sys.argv[1]}")


def render(dpi):
    """(width, height, stride, BGRx pixels) of the page at dpi."""
    w = round(pdfium.FPDF_GetPageWidth(page) * dpi / 72)
    h = round(pdfium.FPDF_GetPageHeight(page) * dpi / 72)
    bitmap = pdfium.FPDFBitmap_Create(w, h, 0)
    pdfium.FPDFBitmap_FillRect(bitmap, 0, 0, w, h, 0xFFFFFFFF)
    pdfium.FPDF_RenderPageBitmap(bitmap, page, 0, 0, w, h, 0, 0)
    stride = pdfium.FPDFBitmap_GetStride(bitmap)
    return w, h, stride, ctypes.string_at(pdfium.FPDFBitmap_GetBuffer(bitmap), stride * h)


def printed_area(w, h, stride, pixels):
    """(left, top, right, bottom) of what is not white."""
    rows = [y for y in range(h) if pixels[y * stride:y * stride + w * 4].strip(b"\xff")]
    left, right = w, 0
    for y in rows:
        line = pixels[y * stride:y * stride + w * 4]
        left = min(left, (len(line) - len(line.lstrip(b"\xff"))) // 4)
        right = max(right, (len(line.rstrip(b"\xff")) + 3) // 4)
    return left, rows[0], right, rows[-1] + 1


left, _, right, _ = printed_area(*render(72))
dpi = 72 * (WIDTH - 4) / (right - left)
w, h, stride, pixels = render(dpi)
left, top, right, bottom = printed_area(w, h, stride, pixels)
left, top = max(0, left - 2), max(0, top - 2)
right, bottom = min(w, left + WIDTH), min(h, bottom + 2)
raw = bytearray()
for y in range(top, bottom):
    line = pixels[y * stride + left * 4:y * stride + right * 4]
    raw.append(0)  # PNG filter type: none
    for x in range(0, len(line), 4):
        raw += bytes((line[x + 2], line[x + 1], line[x]))


def chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


header = struct.pack(">IIBBBBB", right - left, bottom - top, 8, 2, 0, 0, 0)
with open(sys.argv[2], "wb") as out:
    out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
              + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
print(f"{sys.argv[2]}: {right - left} x {bottom - top} px, the page at {dpi:.0f} dpi")
PYTHON
