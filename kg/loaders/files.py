"""Reading a report file safely: a size limit checked before reading, and decoding of text.

Every failure is a :class:`~kg.errors.LoadError` naming the file, so that a batch can go on.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from kg.errors import LoadError

#: Files larger than this are rejected before they are read (bytes).
MAX_BYTES = 50 * 1024 * 1024
#: Share of control characters above which decoded text is taken for binary data.
MAX_CONTROL_SHARE = 0.05
#: Control characters that belong in text.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_bytes(path: Path, source: str, max_bytes: int = MAX_BYTES) -> bytes:
    """Return the content of ``path``; refuse a file over ``max_bytes`` without reading it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(source, f"cannot read file: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise LoadError(
            source, f"file is too large ({size:,} bytes; the limit is {max_bytes:,} bytes)"
        )
    try:
        with path.open("rb") as handle:
            # Read one byte more than the limit: the file may have grown since stat().
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(source, f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise LoadError(source, f"file is too large (over the limit of {max_bytes:,} bytes)")
    return data


def check_not_binary(data: bytes, source: str) -> None:
    """Refuse data holding NUL bytes (binary), unless it is UTF-16 text with a BOM."""
    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        raise LoadError(source, "file looks binary (it contains NUL bytes), not text")


def decode_text(data: bytes, source: str) -> str:
    """Decode report bytes to text with ``\\n`` line endings and no BOM.

    UTF-8 first; bytes that are not UTF-8 fall back to Windows-1252 when that decodes cleanly
    (old Windows files are common in news archives). Binary, undecodable and empty data raise
    :class:`LoadError`.
    """
    check_not_binary(data, source)
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"invalid UTF-16 text at byte {exc.start}") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise LoadError(
                    source,
                    f"text is neither UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset "
                    f"{exc.start}) nor Windows-1252",
                ) from exc
    text = normalize_text(text)
    check_text(text, source)
    return text


def normalize_text(text: str) -> str:
    """Strip a BOM and turn ``\\r\\n`` and ``\\r`` line endings into ``\\n``; nothing else."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, source: str) -> None:
    """Refuse text that is empty, whitespace only, or mostly control characters."""
    if not text:
        raise LoadError(source, "file is empty")
    if not text.strip():
        raise LoadError(source, "file contains only whitespace")
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    if controls / len(text) > MAX_CONTROL_SHARE:
        raise LoadError(
            source, f"file looks binary ({controls} control characters in {len(text)}), not text"
        )
