"""Stage 1 — ingest: turn paths, directories, stdin or strings into decoded `RawInput`s.

Every failure is an `IngestError` whose message names the file and the problem; a batch reports
it and carries on with the next input.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .document import RawInput

MAX_BYTES = 20 * 1024 * 1024  # an article larger than this is not an article
MAX_CHARS = 1_000_000  # spaCy refuses longer texts (nlp.max_length); a plain-text article is far shorter
SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ""}
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|body|article|p|div)\b", re.I)


class IngestError(Exception):
    """A clear, user-facing reason why one input could not be read."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 if it looks like text."""
    if not data.strip():
        raise IngestError(where, "empty input: no text to read")
    if len(data) > MAX_BYTES:
        raise IngestError(where, f"too large: {len(data) / 1e6:.1f} MB (limit {MAX_BYTES // (1024 * 1024)} MB)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:  # odd length, lone surrogate: truncated or not UTF-16 at all
            raise IngestError(where, f"not text: invalid UTF-16 at byte {exc.start}") from None
    sample = data[:4096]
    if b"\x00" in sample:
        raise IngestError(where, "binary file: not a text or HTML article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: accept a legacy single-byte encoding only if nearly every byte is printable.
    text = data.decode("cp1252", errors="replace")
    bad = sum(1 for ch in text[:4096] if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\r\n\t\f"))
    if bad > len(text[:4096]) * 0.02:
        raise IngestError(where, "not text: the bytes are neither UTF-8 nor a readable legacy encoding")
    return text


def looks_like_html(data: bytes | str) -> bool:
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "ignore")
    return bool(_HTML_SNIFF.search(head))


def read_bytes(data: bytes, where: str, *, published: Optional[date] = None, url: Optional[str] = None,
               path: Optional[str] = None) -> RawInput:
    text = decode(data, where)
    is_html = (path or "").lower().endswith((".html", ".htm")) or looks_like_html(text)
    if not is_html and len(text) > MAX_CHARS:
        raise IngestError(where, f"too long: {len(text):,} characters of text (limit {MAX_CHARS:,})")
    return RawInput(text=text, path=path, url=url, published=published, is_html=is_html)


def read_path(path: Path, *, published: Optional[date] = None) -> RawInput:
    where = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(where, "no such file") from None
    except OSError as exc:
        raise IngestError(where, f"cannot read: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise IngestError(where, f"too large: {size / 1e6:.1f} MB (limit {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise IngestError(where, "is a directory") from None
    except OSError as exc:
        raise IngestError(where, f"cannot read: {exc.strerror}") from None
    return read_bytes(data, where, published=published, path=where)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Directories become the article files inside them (sorted, recursive); '-' stays stdin."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        else:
            yield p


def read_any(spec: str, *, published: Optional[date] = None) -> RawInput:
    """One input spec: a file path or '-' for stdin."""
    if spec == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>", published=published, path="<stdin>")
    return read_path(Path(spec), published=published)
