"""A raw source's bytes to text: a forced encoding, a BOM, the declared charset, strict UTF-8, then a
confident detector. Never a silent latin-1.
"""

from __future__ import annotations

import charset_normalizer

from claimledger.errors import Code, InputError
from claimledger.model import TEXT_ALREADY_DECODED, RawSource
from claimledger.settings import Settings


def decode(source: RawSource, settings: Settings) -> tuple[str, str]:
    """Bytes to text: forced encoding, BOM, declared charset, strict UTF-8, then a
    confident detector. Never a silent latin-1 fallback. Returns (text, encoding used)."""
    data = source.data
    if source.declared_charset == TEXT_ALREADY_DECODED:
        return data.decode("utf-8", "surrogatepass"), "utf-8"
    head = data[:8192]
    has_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not settings.encoding and not has_bom and b"\x00" in head and head.count(b"\x00") > len(head) // 100 + 1:
        wide = _utf16_without_bom(head)
        if wide is None:
            raise InputError(Code.BINARY, "binary content (NUL bytes), not text")
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            raise InputError(Code.BINARY, "binary content (NUL bytes), not text") from None
    mixed = None if settings.encoding else _line_in_another_encoding(data)
    if mixed:
        raise InputError(Code.UNKNOWN_ENCODING, f"mixes UTF-8 with another encoding (line {mixed} is not UTF-8, "
                                                "others are): no single decoding reads it; split it or fix it")
    for encoding in _candidates(source, settings):
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            if encoding == settings.encoding:
                raise InputError(Code.UNKNOWN_ENCODING, f"not valid {encoding} (the forced --encoding)") from None
    return _detect(data, source, settings)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text with no byte order mark: its NULs are the high bytes of Latin characters, all
    at odd offsets (little-endian) or all at even ones (big-endian)."""
    usable = head[: len(head) - len(head) % 2]
    odd, even = usable[1::2].count(0), usable[0::2].count(0)
    if odd > len(usable) // 4 and even == 0:
        return "utf-16-le"
    if even > len(usable) // 4 and odd == 0:
        return "utf-16-be"
    return None


def _candidates(source: RawSource, settings: Settings) -> list[str]:
    if settings.encoding:
        return [settings.encoding]
    found = []
    if source.data.startswith(b"\xef\xbb\xbf"):
        found.append("utf-8-sig")
    elif source.data.startswith((b"\xff\xfe", b"\xfe\xff")):
        found.append("utf-16")
    if source.declared_charset and _is_utf8_beyond_ascii(source.data) and not _is_utf8(source.declared_charset):
        found.append("utf-8")  # a UTF-8 page that declares windows-1252 would read "â‚¬5 million"
    if source.declared_charset:
        found.append(source.declared_charset)
    found.append("utf-8")
    return found


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    """Bytes that are valid UTF-8 with multibyte sequences: text in another declared charset
    almost never is, so the declaration is the mistake (mojibake otherwise)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _line_in_another_encoding(data: bytes) -> int | None:
    """The number of a line that is not UTF-8 in text whose other lines are (two or more UTF-8
    characters each, which a single-byte text almost never makes by chance), else None: any one
    decoding of such a file garbles some of its lines."""
    if data.isascii() or _is_utf8_beyond_ascii(data):
        return None
    utf8_lines, other = 0, None
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            utf8_lines += sum(ord(ch) > 127 for ch in line.decode("utf-8")) >= 2
        except UnicodeDecodeError:
            other = other or number
        if other and utf8_lines:
            return other
    return None


def _is_utf8(charset: str) -> bool:
    return charset.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig")


# Measured on cp1251 Russian (coherence 0.78) against invalid UTF-8 noise (coherence 0.0).
MIN_COHERENCE = 0.2


MAX_CHAOS = 0.1


def _detect(data: bytes, source: RawSource, settings: Settings) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data[: settings.max_record_bytes]).best()
    if best is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        guess = "" if best is None else f" (best guess {best.encoding}, too unsure)"
        raise InputError(
            Code.UNKNOWN_ENCODING, f"not UTF-8 and no charset declared{guess}; try --encoding, e.g. --encoding=cp1251"
        )
    return data.decode(best.encoding, "strict"), best.encoding
