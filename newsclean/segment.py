"""Text normalisation and paragraph segmentation.

Three layouts occur in scraped text and often mix in one file:
blank-line separated blocks, one paragraph per line, and hard-wrapped prose
(a paragraph broken into lines of similar width).  A block is split into its
lines unless the lines look hard-wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from .document import Paragraph
from .markup import LYNX_BUTTON, MARKS, plain_text
from .text import (
    SENTENCE_ENDERS, WIDE_CHAR, caseless_letter, columns, ends_full_stop, is_cjk_token, starts_caseless,
)

# Characters that carry no text: BOM / zero-width no-break space, zero-width
# space, word joiner.  ZWJ and ZWNJ stay: they are meaningful in Persian,
# Indic scripts and emoji. So do soft hyphens: they are the text's own
# hyphenation points ("Klima\u00adwandel"), written back as they came; the
# lexicon's folding ignores them.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " ")
_TRAILING_WS = " \t\f\v"
# Lone surrogates (from JSON escapes like "\\ud800" or surrogateescape
# decoding) cannot be encoded as UTF-8: each becomes U+FFFD, one character
# for one, so offsets stay the same.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# normalize() substitutes with the standard library's re: several times
# faster on whole pages than str.translate with a dict, or the regex module.
_INVISIBLE_RE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
_SPACES_RE = re.compile("[" + "".join(map(chr, _SPACES)) + "]")
# After normalize() blank lines are empty, so a block is a run of non-empty lines.
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# A line's end that closes a sentence or a clause (then a wrapped line ends
# there, not mid-sentence).
_SENTENCE_END = re.compile("[" + re.escape(SENTENCE_ENDERS) + r":;」』\"'»”’)\]]$")

# A list item, a headline, a link or a button ("[ Sign up ]"), a line of a
# ticker ("3 hrs ago …", "10:45 …"), a table's row ("| Sales | +14% |"), a
# pager's or a widget's line opened by an arrow or a symbol ("← Previous
# post …", "★★★★☆ 4,6/5"), a tag line ("#parking #fines"): wrapped prose goes on
# with none of these. Nor with a title in quotation marks, which opens
# another review's headline ("„Пясъчни часовници“: амбициозен дебют").
_LIST_START = regex.compile(r"(?:[-*•·・–—>\[|←→↑↓⇐⇒‹›◄►#„«“「『]|\d|\p{Lu}|\p{So})")

# A wrapped paragraph inside a block ends a sentence on its last line (a
# list of headlines wrapped to the same width ends none).
_PARAGRAPH_END = re.compile("[" + re.escape(SENTENCE_ENDERS) + "][\"'»”’)\\]]*$")
# A sentence ends inside the line and the next begins: "verlassen. Die".
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}[.!?] +\p{Lu}")
# A list item's marker: "- ", "* ", "• ", "1. ", "2) ".
_ITEM = re.compile(r"(?:[-*•·–]|\d{1,3}[.)])\s")

# A rule, or a Markdown headline's underline ("Council votes\n============="):
# it ends a wrapped run; under one line of text it is part of that line
# (setext headings).
_UNDERLINE = re.compile(r"(?:={3,}|-{3,})")
# Any rule line: dashes, equals, underscores, box-drawing lines, "* * *".
RULE_LINE = re.compile(r"(?:={3,}|-{3,}|_{3,}|[─━═]{3,}|[┌└├╔╚╠┏┗┣][─━═┬┴┼╦╩╬┳┻╋]+[┐┘┤╗╝╣┓┛┫]|\*(?: ?\*){2,})")
# (A block without one is not walked line by line: searched in C.)
_RULE_MARK = re.compile(r"---|===|___|───|━━━|═══|\* ?\* ?\*|[│┃║]")
# The sides of a box w3m draws around a table's cell or an advertisement:
# "│ ADVERTISEMENT                    │".
_BOX_SIDES = "│┃║"
UNDERLINED_MAX_CHARS = 200
UNDERLINE_SLACK = 3

# Hard-wrap detection: lines broken by a fixed width land within this many
# characters of the longest line (long words make the slack).
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
WRAP_SLACK = 25
FORCED_WRAP_MIN_LINES = 3
# Lines that all open with the same word are a list's entries, not one
# wrapped paragraph (wrapping breaks lines wherever the width falls).
SAME_OPENING_MIN_LINES = 3


def normalize(text: str) -> str:
    """Unify line endings, drop invisible characters and trailing spaces.

    Linear in the length of `text`.  Lone surrogates become U+FFFD.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", text))
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
    # Per line, not with a regex: r"[ \t]+$" backtracks quadratically on a
    # long run of spaces that is not at the end of its line.
    return "\n".join(line.rstrip(_TRAILING_WS) for line in text.split("\n"))


def is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    widths = [columns(line) for line in lines]
    width = max(widths)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return False
    body = lines[:-1]
    # A line much shorter than the width ends a paragraph, unless the next
    # line's first word would not have fitted on it (a long address or a
    # compound pushed to the next line: "... on the [Westsound travel" over
    # "page](https://westsoundferries.example/service-status).").
    if any(line_width < width - WRAP_SLACK and not _forced_break(line, below, width)
           for line_width, line, below in zip(widths, body, lines[1:])):
        return False
    if len(lines) == 2 and widths[1] > widths[0] and not _forced_break(lines[0], lines[1], width) \
            and not _SENTENCE_END.search(lines[1]):
        # Two lines, the second the wider, though its first word would have
        # fitted on the first, and no sentence ended: no wrapping made them
        # ("Paylaş Facebook X WhatsApp Telegram" over a longer tag line).
        # (Prose wrapped by hand may leave its widest line last, over a full
        # stop; and over three lines or more, a results table's rows did.)
        return False
    if len(lines) >= SAME_OPENING_MIN_LINES and len({line.split(" ", 1)[0].casefold() for line in lines}) == 1:
        return False  # "by jdoe July 24, 2012 9:20 AM" three times: a list, each line its own
    # Wrapped lines break mid-sentence; one-paragraph-per-line text ends
    # (nearly) every line with a sentence end.
    open_ends = sum(1 for line in body if not _SENTENCE_END.search(line))
    if open_ends * 2 < len(body):
        return False
    # A sentence broken at the width and closed by a full stop on a shorter
    # last line ("... en la iglesia de San" / "Pedro."): wrapped, whatever
    # its lines start with (a name, a number, a German noun). A headline
    # list has no full stop; a teaser's blurb is longer than its headline.
    last = lines[-1]
    if open_ends == len(body) and ends_full_stop(last) and widths[-1] < min(widths[:-1]):
        return True
    # Lists and headline lists start every line with a marker or a capital;
    # wrapped prose mostly goes on in lower case.
    starts = [line for line in lines[1:] if line]
    caseless = [line for line in starts if starts_caseless(line)]
    if caseless and len(caseless) * 2 >= len(starts):
        # Arabic, Hebrew, Thai, Devanagari: no capital tells a list's item
        # from prose going on. Wrapped prose ends its sentence on the last
        # line; a tag line over a share bar ("الوسوم: …" / "شارك الخبر …"),
        # a dateline over one, end none. (Half its lines in such a script
        # are enough: a share bar's Latin names open the other half.) And a
        # wrapper breaks a line only where the next word would not fit: a
        # list of headlines, the last a question, leaves room on a line.
        # (Asked of scripts that space their words: Chinese and Thai wrap
        # anywhere, and their lists' items end with "；".)
        spaced = all(" " in line.strip() for line in lines)
        return _PARAGRAPH_END.search(last) is not None and (not spaced or all(
            _forced_break(line, below, width) for line, below in zip(body, lines[1:])))
    list_like = sum(1 for line in starts if _LIST_START.match(line))
    if list_like * 3 < len(starts) * 2:
        return True
    # German capitalises its nouns, and numbers start lines too. But in a
    # paragraph of three lines or more, ended by a full stop, where every
    # line is so full that the next line's first word would not have fitted
    # on it, each break was forced by the width: wrapped prose. (A list of
    # headlines ends no sentence.)
    return _forced_wrap(lines, width)


def _forced_wrap(lines: list[str], width: int) -> bool:
    """Three lines or more, ended by a full stop, each so full that the next
    line's first word would not have fitted on it: each break was forced by
    the width, so the lines are wrapped prose whatever they start with."""
    if len(lines) < FORCED_WRAP_MIN_LINES or not ends_full_stop(lines[-1]):
        return False
    return all(_forced_break(line, below, width) for line, below in zip(lines, lines[1:]))


def _forced_break(line: str, below: str, width: int) -> bool:
    """The next line's first word would not have fitted on `line` within
    `width`: the break was the wrapping's, not the writer's. (Text in a
    script without spaces wraps anywhere: its first character is the word.)"""
    word = below.split(" ", 1)[0]
    if is_cjk_token(word[:1]) or WIDE_CHAR.match(word):
        return columns(line) + columns(word[0]) > width  # no space between, a character is a word
    return columns(line) + 1 + columns(word) > width


def _paragraph_lines(block: str, lines: list[str], stripped: list[str]) -> tuple[list[str], list[str]]:
    """A block's paragraphs by wrapping (``_wrapped_paragraphs``); a rule or
    an underline line ("-----", "=====") ends a wrapped run, as a blank line
    does, and so does each line of a drawn box ("│ ADVERTISEMENT  │")."""
    if _RULE_MARK.search(block) is None:
        return _wrapped_paragraphs(lines, stripped)
    out_lines: list[str] = []
    out_stripped: list[str] = []
    start = 0
    for k in range(len(lines) + 1):
        if k < len(lines) and RULE_LINE.fullmatch(stripped[k]) is None and stripped[k][:1] not in _BOX_SIDES:
            continue
        if k - start > 1:
            run_lines, run_stripped = _wrapped_paragraphs(lines[start:k], stripped[start:k])
        else:
            run_lines, run_stripped = lines[start:k], stripped[start:k]
        out_lines += run_lines
        out_stripped += run_stripped
        if k < len(lines):
            out_lines.append(lines[k])
            out_stripped.append(stripped[k])
        start = k + 1
    return out_lines, out_stripped


def _wrapped_paragraphs(lines: list[str], stripped: list[str]) -> tuple[list[str], list[str]]:
    """A block's paragraphs: the whole block when it is hard-wrapped prose;
    else its runs of wrapped lines, each ended by a shorter line (wire copy
    and e-mail put one wrapped paragraph under the other without a blank
    line), where a run is hard-wrapped and ends a sentence; else its lines."""
    if is_hard_wrapped(stripped):
        return ["\n".join(lines)], ["\n".join(lines).strip()]
    widths = [columns(line) for line in stripped]
    width = max(widths)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return lines, stripped
    out_lines: list[str] = []
    out_stripped: list[str] = []
    start = 0
    for end in range(len(lines)):
        if widths[end] >= width - WRAP_SLACK and end + 1 < len(lines) and not _ITEM.match(stripped[end + 1]):
            continue  # a full line: the paragraph goes on (not into a list's next item)
        run = stripped[start : end + 1]
        if len(run) > 1 and _wrapped_run(run):
            joined = "\n".join(lines[start : end + 1])
            out_lines.append(joined)
            out_stripped.append(joined.strip())
        else:
            out_lines.extend(lines[start : end + 1])
            out_stripped.extend(run)
        start = end + 1
    return out_lines, out_stripped


# A line that opens emphasis its end does not close: "_An engineer fits ..."
# (not a list item's "* ").
_OPENS_EMPHASIS = re.compile(r"^([*_])(?=[^\s*_])")


def _continues_span(line: str, below: str) -> bool:
    """`line` opens a link, an image or an emphasis that `below` closes:
    html2text and Markdown writers wrap such spans like prose, and an
    image's alt text or a caption broken that way is still one paragraph."""
    if line.count("[") > line.count("]"):
        close = below.find("]")
        return close >= 0 and "[" not in below[:close]
    m = _OPENS_EMPHASIS.match(line)
    if m is None or line.endswith(m.group(1)):
        return False
    mark = m.group(1)
    return below.rstrip(".,;:!?").endswith(mark) and not below.startswith(mark)


def _may_hold_spans(block: str) -> bool:
    # (Searched in C: most blocks hold no markup, and are not walked line by line.)
    return "[" in block or "*" in block or "_" in block


def _join_where(
    lines: list[str], stripped: list[str], joins: Callable[[str, str], bool]
) -> tuple[list[str], list[str]]:
    """Paragraphs joined where `joins(the paragraph so far, the next one)`."""
    out_lines, out_stripped = [lines[0]], [stripped[0]]
    for line, content in zip(lines[1:], stripped[1:]):
        if joins(out_stripped[-1], content):
            out_lines[-1] += "\n" + line
            out_stripped[-1] = out_lines[-1].strip()
        else:
            out_lines.append(line)
            out_stripped.append(content)
    return out_lines, out_stripped


def _join_spans(lines: list[str], stripped: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs joined where one opens a markup span the next one closes."""
    if len(lines) < 2 or not any(_continues_span(a, b) for a, b in zip(stripped, stripped[1:])):
        return lines, stripped
    return _join_where(lines, stripped, lambda above, line: _continues_span(above.rsplit("\n", 1)[-1], line))


def _may_hold_underlines(block: str) -> bool:
    return "\n===" in block or "\n---" in block


def _underlined(above: str, line: str) -> bool:
    """`line` underlines `above`: as long as it, give or take, in characters
    or in columns (a wide CJK character takes two); a rule under a short
    line has the rule's own width."""
    if _UNDERLINE.fullmatch(line) is None or not 0 < len(above) <= UNDERLINED_MAX_CHARS:
        return False
    if "\n" in above or _UNDERLINE.fullmatch(above) is not None:
        return False
    slack = max(UNDERLINE_SLACK, len(above) // 5)
    if abs(len(line) - len(above)) <= slack:
        return True
    width = columns(above)
    return abs(len(line) - width) <= max(UNDERLINE_SLACK, width // 5)


def _join_underlines(lines: list[str], stripped: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs joined where a setext underline stands under a line of text."""
    if not any(_underlined(a, b) for a, b in zip(stripped, stripped[1:])):
        return lines, stripped
    return _join_where(lines, stripped, _underlined)


def _framed_plain(content: str) -> str:
    """The text the rules read of an underlined headline (its line) or of a
    line of a drawn box (what is inside it)."""
    if content[0] in _BOX_SIDES:
        content = content.strip(_BOX_SIDES + " ") or content
    if "\n" in content and content[-1] in "=-":
        head, _, last = content.rpartition("\n")
        if _UNDERLINE.fullmatch(last.strip()):
            content = head.strip()
    return plain_text(content)


def block_paragraphs(block: str) -> list[str]:
    """The paragraphs (stripped) that segment() reads in one block of
    non-empty lines."""
    lines = block.split("\n")
    stripped = [line.strip() for line in lines]
    if len(lines) > 1:
        lines, stripped = _paragraph_lines(block, lines, stripped)
        if _may_hold_spans(block):
            lines, stripped = _join_spans(lines, stripped)
        if _may_hold_underlines(block):
            stripped = _join_underlines(lines, stripped)[1]
    return [t for t in stripped if t]


def blocks_written_apart(paras: list[Paragraph]) -> set[int]:
    """The blocks whose paragraphs (of `paras`) must be written a paragraph
    per blank-line block: written one under the other, they would split
    otherwise when read again (once their neighbours are gone, lines read as
    hard-wrapped prose and merge, or wrapped paragraphs run together)."""
    by_block: dict[int, list[str]] = {}
    for p in paras:
        by_block.setdefault(p.block, []).append(p.text)
    return {block for block, texts in by_block.items()
            if len(texts) > 1 and block_paragraphs("\n".join(texts)) != texts}


def _goes_on_in_lower_case(line: str) -> bool:
    """The line starts with a small letter, or in a script without capitals,
    which goes on as it likes."""
    first = line[:1]
    return first.islower() or caseless_letter(first)


def _wrapped_run(run: list[str]) -> bool:
    """A run of a block's lines that is one wrapped paragraph: it ends a
    sentence (a list of headlines, a cut teaser "…" end none), its lines go
    on mostly in lower case, and of two lines the second does ("Tags: …"
    over "« Older post" is no paragraph)."""
    last = run[-1]
    if not _PARAGRAPH_END.search(last) or last.endswith(("...", "…")):
        return False
    if len(run) == 2 and not _goes_on_in_lower_case(run[1]):
        return False
    # Headlines start with capitals, wrapped prose goes on in lower case
    # (asked here whatever the last line: a list's last item may end a
    # sentence), but German capitalises its nouns: lines that the width broke
    # are wrapped whatever they start with.
    if sum(1 for line in run[1:] if _LIST_START.match(line)) * 3 >= (len(run) - 1) * 2:
        # (A list of headlines of one width seems forced too; but prose ends
        # a sentence inside a line, and a headline does not.)
        return any(_INNER_SENTENCE_END.search(line) for line in run[:-1]) and _forced_wrap(run, max(map(columns, run)))
    return is_hard_wrapped(run)


def segment(text: str) -> list[Paragraph]:
    """Split normalised `text` into paragraphs with offsets and line numbers."""
    paragraphs: list[Paragraph] = []
    pos = 0
    line_no = 1  # line of the paragraph starting at `pos`
    block_index = 0
    for block_match in _BLOCK.finditer(text):
        block = block_match.group()
        if not block.strip():
            continue
        base = block_match.start()
        lines = block.split("\n")
        stripped = [line.strip() for line in lines]
        if len(lines) > 1:
            lines, stripped = _paragraph_lines(block, lines, stripped)
            if _may_hold_spans(block):
                lines, stripped = _join_spans(lines, stripped)
            if _may_hold_underlines(block):
                lines, stripped = _join_underlines(lines, stripped)
        off = base
        for raw, content in zip(lines, stripped):
            if content:
                # Leading whitespace ends where the stripped text begins.
                start = off + raw.find(content[0])
                line_no += text.count("\n", pos, start)
                # (The search first: a call per paragraph costs more than it.)
                plain = plain_text(content) if MARKS.search(content) or LYNX_BUTTON in content else content
                if content[0] in _BOX_SIDES or content[-1] in "=-":
                    plain = _framed_plain(content)
                paragraphs.append(Paragraph(len(paragraphs), content, start, off + len(raw), line_no, block_index, plain))
                pos = start
            off += len(raw) + 1
        block_index += 1
    return paragraphs
