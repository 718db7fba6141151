"""Generators of nasty inputs for the adversarial tests.

Nothing big is committed: every input is generated into tmp_path (or memory)
by the functions here, from a fixed seed, so a failure is reproducible.
"""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

PROSE = [
    "The council approved the new budget after a long debate on Tuesday evening, officials said.",
    "Residents had asked for more money for schools, roads and the public library for years.",
    "The mayor said the plan would be reviewed again in the spring after the first results.",
    "Opposition members voted against it, arguing that the tax rise was far too steep for families.",
]
BOILER = ["Share", "X", "Accept all cookies", "Read more", "Subscribe to our newsletter for the latest news.",
          "© 2024 Example Media. All rights reserved."]


def article(seed: int = 0, title: str = "Council approves budget") -> str:
    """A small dirty article: title, boilerplate, prose, a duplicated lede."""
    rng = random.Random(seed)
    body = rng.sample(PROSE, len(PROSE))
    paras = [title, rng.choice(BOILER), body[0], *body, rng.choice(BOILER), BOILER[-1]]
    return "\n\n".join(paras) + "\n"


# --- strings that make regular expressions and scanners work hard --------------------

def adversarial_strings(n: int) -> dict[str, str]:
    """Inputs of about `n` characters aimed at backtracking and quadratic scans."""
    word = "word "
    return {
        "spaces_then_letter": "a" + " " * n + "x",
        "tabs_and_spaces_mid_line": ("\t " * (n // 2)) + "x\n",
        "form_feeds": "\f\v" * (n // 2) + "x",
        "one_long_word": "a" * n,
        "one_long_line_of_words": word * (n // len(word)),
        "dots": "." * n,
        "quotes_and_brackets": '"»)]' * (n // 4),
        "digits_and_commas": "1,2." * (n // 4) + "k",
        "hashes": "#" * n + "x",
        "hyphens_spaces": "- " * (n // 2) + "x",
        "newlines": "\n" * n,
        "one_char_lines": "x\n" * (n // 2),
        "crlf_alternating": "a\r\n\r" * (n // 4),
        "url_like": "http://" + "a." * (n // 2),
        "mail_like": "a" * (n // 2) + "@" + "b." * (n // 4),
        "cjk_run": "市议会周二晚上经过长时间辩论后批准了新预算" * (n // 21),
        "combining_marks": "e" + "\u0301" * n,
        "zero_width": "\u200b\u200d" * (n // 2) + "x",
        "rtl_and_marks": ("\u202eمرحبا بالعالم\u202c " * (n // 16)),
        "emoji_zwj": "👩\u200d👩\u200d👧\u200d👦 " * (n // 12),
        "sentence_ends": "Hello. " * (n // 7),
        "identical_paragraphs": (PROSE[0] + "\n\n") * (n // (len(PROSE[0]) + 2)),
        "alternating_short_lines": "Share\nX\n" * (n // 8),
        "unclosed_html_comments": "<!-- " * (n // 5) + ">",
        "unclosed_html_tags": "<a href=" * (n // 8) + ">",
    }


# --- encodings ------------------------------------------------------------------------

def encoded_variants(text: str) -> dict[str, bytes]:
    """`text` as the byte layouts scrapers produce (all decodable by newsclean)."""
    return {
        "utf8": text.encode("utf-8"),
        "utf8_bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16_le_bom": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf16_be_bom": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf32_le_bom": codecs.BOM_UTF32_LE + text.encode("utf-32-le"),  # found: was 'binary input'
        "utf32_be_bom": codecs.BOM_UTF32_BE + text.encode("utf-32-be"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
    }


BAD_BYTES = {
    "latin1": "Caf\xe9 au lait is served here every morning.".encode("latin-1"),
    "truncated_utf8": "Überschrift\n\nText".encode("utf-8")[:-6] + b"\xe2\x82",
    "nul_in_utf8": b"Title\n\nBody\x00text here.\n",
    "utf16_no_bom": "Title\n\nBody text here.".encode("utf-16-le"),
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "encoded_surrogate": b"Title\n\nBody \xed\xa0\x80 text.\n",
    "overlong": b"Title \xc0\xaf here\n",
    "gzip_as_txt": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
}


# --- trees -----------------------------------------------------------------------------

def deep_tree(root: Path, depth: int, name: str = "d") -> Path:
    """`depth` nested folders with one article at the bottom; returns the file."""
    root.mkdir(parents=True, exist_ok=True)
    folder = str(root)
    for _ in range(depth):  # not mkdir(parents=True): it recurses once per level
        folder = os.path.join(folder, name)
        os.mkdir(folder)
    f = Path(folder) / "deep.txt"
    f.write_text(article(depth), "utf-8")
    return f


def symlink_loops(root: Path) -> None:
    """A tree with a self loop, a mutual loop and a link to an ancestor."""
    (root / "a" / "b").mkdir(parents=True)
    (root / "c").mkdir()
    (root / "a" / "b" / "story.txt").write_text(article(1), "utf-8")
    (root / "c" / "story.txt").write_text(article(2), "utf-8")
    os.symlink(root / "a", root / "a" / "b" / "up")          # to an ancestor
    os.symlink(root / "c", root / "a" / "to_c")               # c reached twice
    os.symlink(root / "loop1", root / "loop2")                # mutual dangling pair
    os.symlink(root / "loop2", root / "loop1")
    os.symlink(".", root / "c" / "self")                      # to itself


def remove_tree(path) -> None:
    """shutil.rmtree without recursion (it recurses before Python 3.12, and
    pytest's own clean-up of old tmp_path folders would fail on a deep tree)."""
    stack = [(str(path), False)]
    while stack:
        p, emptied = stack.pop()
        if emptied:
            os.rmdir(p)
            continue
        stack.append((p, True))
        for e in os.scandir(p):
            if e.is_dir(follow_symlinks=False):
                stack.append((e.path, False))
            else:
                os.unlink(e.path)


def bounded(fn, *args, seconds: int):
    """fn(*args), or TimeoutError when it runs past `seconds` (a super-linear blow-up)."""
    import signal

    def alarm(signum, frame):
        raise TimeoutError(f"{getattr(fn, '__name__', 'call')} did not finish within {seconds}s: super-linear?")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return fn(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
