#!/usr/bin/env python3
"""Draws the app icon (a blue rounded square with a white check mark over a gold bar) and
writes assets/windows/ipms-readiness.ico: 16, 24, 32, 48 and 64 px as 32-bit bitmaps, 256 px
as PNG. Standard library only; run again after changing the drawing."""
import struct
import sys
import zlib
from pathlib import Path

BLUE = (31, 78, 121)
GOLD = (230, 176, 34)
WHITE = (255, 255, 255)
SUPER = 4  # supersampling per axis, for smooth edges


def inside_rounded(x, y, r):
    """Unit square [0,1]^2 with corner radius r."""
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, a, b, w):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= w * w


def sample(x, y):
    """Colour and alpha at a point of the unit square (y grows downwards)."""
    if not inside_rounded(x, y, 0.2):
        return None
    check = [(0.25, 0.47), (0.43, 0.65), (0.76, 0.29)]
    if near_segment(x, y, check[0], check[1], 0.075) or near_segment(x, y, check[1], check[2], 0.075):
        return WHITE
    if 0.22 <= x <= 0.78 and 0.76 <= y <= 0.84:
        return GOLD
    return BLUE


def render(size):
    """Rows of (r, g, b, a), top row first."""
    rows = []
    n = SUPER * SUPER
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SUPER):
                for sx in range(SUPER):
                    c = sample((px + (sx + 0.5) / SUPER) / size, (py + (sy + 0.5) / SUPER) / size)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 1
            if acc[3]:
                row.append((acc[0] // acc[3], acc[1] // acc[3], acc[2] // acc[3], 255 * acc[3] // n))
            else:
                row.append((0, 0, 0, 0))
        rows.append(row)
    return rows


def bmp_entry(size):
    rows = render(size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(bytes((b, g, r, a)) for row in reversed(rows) for (r, g, b, a) in row)
    mask_row = ((size + 31) // 32) * 4
    return header + pixels + bytes(mask_row * size)


def png_entry(size):
    rows = render(size)
    raw = b"".join(b"\x00" + b"".join(bytes(p) for p in row) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "assets/windows/ipms-readiness.ico"
    sizes = [16, 24, 32, 48, 64, 256]
    images = [png_entry(s) if s == 256 else bmp_entry(s) for s in sizes]
    data = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for s, img in zip(sizes, images):
        data += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(img), offset)
        offset += len(img)
    out.write_bytes(data + b"".join(images))
    print(f"wrote {out} ({len(data) + sum(map(len, images))} bytes)")


if __name__ == "__main__":
    main()
