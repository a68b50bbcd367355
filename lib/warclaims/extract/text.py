"""Reading articles and splitting them into paragraphs and sentences, keeping offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractionError

#: Largest input read, so a stray huge file cannot exhaust memory.
MAX_BYTES = 50_000_000

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {"sept", "sep", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "gen", "lt", "col", "maj",
           "capt", "sgt", "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "approx", "est", "u.s", "u.k", "u.n", "e.g", "i.e",
           "jr", "sr", "prof", "gov", "rep", "sen"}
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+(?=[\"“‘«(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)$")
#: Sentences longer than this are cut, so no regex ever sees an unbounded span.
MAX_SENTENCE = 3000


@dataclass(frozen=True)
class Span:
    """A piece of the input: its text and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def paragraphs(text: str) -> list[Span]:
    """Split text into paragraphs at line breaks, dropping empty ones."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append(Span(m.group(), m.start()))
    return out


def sentences(paragraph: Span) -> list[Span]:
    """Split a paragraph into sentences (and cut very long ones), keeping offsets."""
    out, begin = [], 0
    text = paragraph.text
    for m in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
        if word and text[m.start()] == "." and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1 and word.group(1).isupper()):
            continue
        out.append(Span(text[begin:m.end()].rstrip(), paragraph.start + begin))
        begin = m.end()
    if begin < len(text):
        out.append(Span(text[begin:], paragraph.start + begin))
    cut = []
    for s in out:
        for i in range(0, len(s.text), MAX_SENTENCE):
            cut.append(Span(s.text[i:i + MAX_SENTENCE], s.start + i))
    return [s for s in cut if s.text.strip()]


@dataclass
class Article:
    """An article's main text and what its page said about it."""

    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None


def looks_like_html(head: str) -> bool:
    return bool(re.search(r"<(!doctype html|html|head|body|article|p|div)\b", head[:4000], re.IGNORECASE))


def from_html(html: str) -> Article:
    """Reduce a saved page to its main text with trafilatura, and read its metadata."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    published = meta.date if meta and meta.date else None
    return Article(
        text=text,
        published=published[:10] if published else None,
        url=meta.url if meta else None,
        title=meta.title if meta else None,
        publisher=(meta.sitename if meta else None),
    )


def read_article(path: Path) -> Article:
    """Read a plain-text or HTML file as an article.

    Raises
    ------
    ExtractionError
        The file is missing, too large, binary, or not UTF-8/Latin-1 text.
    """
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ExtractionError(f"cannot read: {e.strerror}", file=path) from None
    if size > MAX_BYTES:
        raise ExtractionError(f"file is {size:,} bytes; the extractor reads at most {MAX_BYTES:,}", file=path)
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise ExtractionError("file is binary, not text or HTML", file=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ExtractionError("file is neither UTF-8 nor Windows-1252 text", file=path) from None
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        return from_html(text)
    return Article(text=text)
