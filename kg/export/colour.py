"""How far apart two colours look: sRGB -> CIE Lab (D65) and the CIEDE2000 difference, plus a
simulation of the three kinds of dichromacy, so the palette can be checked for readers who
see colours differently.

A difference (Delta E 2000) of about 1 is just noticeable side by side; categorical palettes
want 10 or more between every pair, and node fills on a white page more still.

Examples
--------
>>> round(delta_e2000("#000000", "#ffffff"), 1)
100.0
>>> round(delta_e2000("#0072b2", "#0072b2"), 6)
0.0
>>> delta_e2000("#e69f00", "#d55e00") > 10
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import combinations

__all__ = ["to_rgb", "to_lab", "delta_e2000", "ciede2000", "simulate", "min_difference",
           "DICHROMACIES"]

# sRGB (D65) -> XYZ, IEC 61966-2-1
_RGB_TO_XYZ = ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
_WHITE = (0.95047, 1.0, 1.08883)

#: Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB.
DICHROMACIES: dict[str, tuple[tuple[float, float, float], ...]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}

RGB = tuple[float, float, float]


def to_rgb(colour: str) -> RGB:
    """``#rrggbb`` (or ``#rgb``) as three floats in [0, 1].

    >>> to_rgb("#f80")
    (1.0, 0.5333333333333333, 0.0)
    """
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = min(max(c, 0.0), 1.0)
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def _mul(m: tuple[tuple[float, float, float], ...], v: RGB) -> RGB:
    x, y, z = (sum(a * b for a, b in zip(row, v, strict=True)) for row in m)
    return x, y, z


def to_lab(colour: str | RGB) -> RGB:
    """CIE L*a*b* (D65) of an sRGB colour.

    >>> [round(v, 1) for v in to_lab("#ff0000")]
    [53.2, 80.1, 67.2]
    """
    rgb = to_rgb(colour) if isinstance(colour, str) else colour
    xyz = _mul(_RGB_TO_XYZ, (_linear(rgb[0]), _linear(rgb[1]), _linear(rgb[2])))

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, _WHITE, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def simulate(colour: str, kind: str) -> RGB:
    """The sRGB colour a reader with ``kind`` (a key of :data:`DICHROMACIES`) sees."""
    rgb = to_rgb(colour)
    seen = _mul(DICHROMACIES[kind], (_linear(rgb[0]), _linear(rgb[1]), _linear(rgb[2])))
    return _gamma(seen[0]), _gamma(seen[1]), _gamma(seen[2])


def delta_e2000(one: str | RGB, other: str | RGB) -> float:
    """The CIEDE2000 difference of two sRGB colours (``#rrggbb`` or floats in [0, 1])."""
    return ciede2000(to_lab(one), to_lab(other))


def ciede2000(lab1: RGB, lab2: RGB) -> float:
    """The CIEDE2000 difference of two Lab colours (Sharma, Wu and Dalal 2005; kL=kC=kH=1).

    >>> round(ciede2000((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)), 4)
    2.0425
    """
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dL, dC = L2 - L1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dH = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    L_mean, C_mean = (L1 + L2) / 2, (c1p + c2p) / 2
    h_mean = h1p + h2p
    if c1p * c2p:
        if abs(h1p - h2p) <= 180:
            h_mean = (h1p + h2p) / 2
        else:
            h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6))
         - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(C_mean ** 7 / (C_mean ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (L_mean - 50) ** 2 / math.sqrt(20 + (L_mean - 50) ** 2)
    s_c = 1 + 0.045 * C_mean
    s_h = 1 + 0.015 * C_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dL / s_l) ** 2 + (dC / s_c) ** 2 + (dH / s_h) ** 2
                     + r_t * (dC / s_c) * (dH / s_h))


def min_difference(colours: Iterable[str], kind: str | None = None
                   ) -> tuple[float, tuple[str, str]]:
    """The smallest CIEDE2000 difference between any two of ``colours`` and that pair, as seen
    with normal vision (``kind=None``) or one of :data:`DICHROMACIES`.

    >>> d, pair = min_difference(["#000000", "#ffffff", "#777777"])
    >>> round(d), pair
    (36, ('#ffffff', '#777777'))
    """
    seen = {c: (to_rgb(c) if kind is None else simulate(c, kind)) for c in colours}
    best = (math.inf, ("", ""))
    for a, b in combinations(seen, 2):
        d = delta_e2000(seen[a], seen[b])
        if d < best[0]:
            best = (d, (a, b))
    return best
