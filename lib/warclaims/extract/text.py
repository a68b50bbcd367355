"""Reading articles and splitting them into paragraphs and sentences, keeping offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractionError
from . import guard

#: Largest input read, so a stray huge file cannot exhaust memory.
MAX_BYTES = 50_000_000

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {"sept", "sep", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "gen", "lt", "col", "maj",
           "capt", "sgt", "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "approx", "est", "u.s", "u.k", "u.n", "e.g", "i.e",
           "jr", "sr", "prof", "gov", "rep", "sen", "c", "ca"}
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+(?=[\"“‘«(\[]?[A-Z0-9])"
                           # "...the ministry said in a statement.Since the beginning": a space lost in copying
                           r"|(?<=[a-z][a-z])[.!?][\"”’]?(?=[A-Z][a-z]{2,}\s)")
_LAST_WORD = re.compile(r"([\w.]+)$")
#: Sentences longer than this are cut (at a space where there is one), so no step of the
#: extractor sees an unbounded span: unpunctuated text (tables flattened into one line,
#: lists of figures) would otherwise make sentences of hundreds of figures, each compared
#: with the others. Reported sentences are far shorter (the longest in the development
#: corpus has 433 characters).
MAX_SENTENCE = 1000


@dataclass(frozen=True)
class Span:
    """A piece of the input: its text and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def paragraphs(text: str) -> list[Span]:
    """Split text into paragraphs at line breaks, dropping empty ones.

    A single line break inside a sentence (text wrapped by its page or a copy: "Russia has
    lost\n428,660 soldiers") does not end the paragraph: a line ending in a word or figure,
    followed by one starting in lower case, with a figure or a comma, is read on as one line (the
    break read as a space, so offsets stay those of the input). Lists and tallies keep their
    lines: a line that ends in punctuation, or either line written as "noun – figure", ends
    where it ends.
    """
    out: list[Span] = []
    joined = False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            joined = False
            continue
        if out and joined and _WRAPPED.search(out[-1].text) and _CONTINUES.match(line) \
                and not _LIST_LINE.search(line) and not _LIST_LINE.search(out[-1].text):
            prev = out[-1]
            out[-1] = Span(prev.text + " " * (m.start() - prev.end) + line, prev.start)
        else:
            out.append(Span(line, m.start()))
        # Only the line right after a single break can continue it; a blank line between ends the paragraph.
        joined = m.end() < len(text) and text.startswith("\n", m.end()) and not text.startswith("\n\n", m.end())
    return out


#: A line that stops mid-sentence: it ends in a letter or digit, with no punctuation.
_WRAPPED = re.compile(r"[A-Za-z0-9]\Z")
#: A line that goes on with the sentence before: it starts in lower case, with a figure, or with
#: the comma of a list broken across lines (", over 980 soldiers in battles with ...").
_CONTINUES = re.compile(r"[ \t]*(?:[a-z]|\d|,)")
#: A line of a list or tally ("tanks – 6,680 (+8)", "personnel: 425,250").
_LIST_LINE = re.compile(r"[–—‒-]\s*(?:about\s+|approximately\s+)?\d|:\s*\d|^\s*[•·*▪-]")


def sentences(paragraph: Span) -> list[Span]:
    """Split a paragraph into sentences (and cut very long ones), keeping offsets."""
    out, begin = [], 0
    text = paragraph.text
    for m in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
        if word and text[m.start()] == "." and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1 and word.group(1).isupper()):
            continue
        if not m.group()[-1:].isspace() and word and not word.group(1).islower():
            continue  # "Caliber.Az reports", "Meduza.io": a name with a dot in it, no sentence lost its space
        out.append(Span(text[begin:m.end()].rstrip(), paragraph.start + begin))
        begin = m.end()
    if begin < len(text):
        out.append(Span(text[begin:], paragraph.start + begin))
    cut = []
    for s in out:
        cut.extend(_cut(s))
    return [s for s in cut if s.text.strip()]


def _cut(span: Span) -> list[Span]:
    """Cut a span into pieces of at most MAX_SENTENCE characters, each ending at a space
    when the piece has one, so that no number or word is split in two."""
    out, text, i = [], span.text, 0
    while len(text) - i > MAX_SENTENCE:
        piece = text[i:i + MAX_SENTENCE]
        space = piece.rfind(" ")
        if space <= 0:
            space = max(piece.rfind("\t"), piece.rfind("\u00a0"))
        end = i + space + 1 if space > 0 else i + MAX_SENTENCE
        out.append(Span(text[i:end], span.start + i))
        i = end
    out.append(Span(text[i:], span.start + i))
    return out


@dataclass
class Article:
    """An article's main text and what its page said about it."""

    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    language: str | None = None


def looks_like_html(head: str) -> bool:
    return bool(re.search(r"<(!doctype html|html|head|body|article|p|div)\b", head[:4000], re.IGNORECASE))


def from_html(html: str) -> Article:
    """Reduce a saved page to its main text with trafilatura, and read its metadata."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    if not text.strip():
        # trafilatura's parser (libxml2) gives up on elements nested more than a few hundred
        # deep and returns nothing; the page's text is still there.
        text = plain_text(html)
    meta = trafilatura.extract_metadata(html)
    published = meta.date if meta and meta.date else None
    return Article(
        text=text,
        published=published[:10] if published else None,
        url=meta.url if meta else None,
        title=meta.title if meta else None,
        publisher=(meta.sitename if meta else None),
        language=(meta.language[:2].lower() if meta and meta.language else None),
    )


#: Elements whose content is not text a reader sees.
_HIDDEN = {"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object"}
#: Elements that end a line of text (paragraphs, headings, list items, table rows, breaks).
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
           "header", "footer", "ul", "ol", "table", "figcaption", "main", "aside", "nav", "pre", "hr", "dd", "dt"}


def plain_text(html: str) -> str:
    """The visible text of a page, one line per block element, from the standard library's
    streaming parser: it keeps no tree, so no depth of nesting defeats it."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag, attrs):
            if tag in _HIDDEN:
                self.hidden += 1
            elif tag in _BLOCKS:
                self.parts.append("\n")

        def handle_startendtag(self, tag, attrs):
            if tag in _BLOCKS:
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in _HIDDEN:
                self.hidden = max(0, self.hidden - 1)
            elif tag in _BLOCKS:
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.hidden:
                self.parts.append(data)

    parser = Collect()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


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


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
