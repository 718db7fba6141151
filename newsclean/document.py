"""The data that flows through the stages: paragraphs and their decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .reasons import REASONS


# slots: ~70 paragraphs and decisions a page, made on every run; slotted
# instances are smaller and quicker to make (less for the GC to track).
@dataclass(slots=True)
class Decision:
    keep: bool
    code: str
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return REASONS[self.code].message


@dataclass(slots=True)
class Paragraph:
    index: int
    text: str
    start: int  # offset in the normalised text
    end: int
    line: int  # 1-based line of the first character, in the normalised text
    block: int  # index of the blank-line block it came from
    # The text the rules read: without lynx's or Markdown's link and
    # emphasis markup (see markup.py); the output writes `text`.
    plain: str = ""
    decision: Decision = field(default_factory=lambda: Decision(True, "K001", {}))
    # Long enough to have a language of its own (set by the language stage);
    # detected on first use, since most short lines never need it.
    detectable: bool = False
    _detected: tuple[str | None, float] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.plain:
            self.plain = self.text

    @property
    def detected(self) -> bool:
        """Its language is known without running the detector."""
        return self._detected is not None or not self.detectable

    def _language(self) -> tuple[str | None, float]:
        if self._detected is None:
            if not self.detectable:
                return None, 0.0
            from .language import detect

            self._detected = detect(self.plain)
        return self._detected

    @property
    def lang(self) -> str | None:
        """Detected language (None: too short, it inherits the article's)."""
        return self._language()[0]

    @property
    def lang_confidence(self) -> float:
        return self._language()[1]

    @property
    def kept(self) -> bool:
        return self.decision.keep

    def drop(self, code: str, **evidence: Any) -> None:
        self.decision = Decision(False, code, evidence)

    def keep_as(self, code: str, **evidence: Any) -> None:
        self.decision = Decision(True, code, evidence)


def block_end(paras: list[Paragraph], k: int) -> int:
    """The index after the last paragraph of paragraph `k`'s blank-line block."""
    stop = k
    while stop < len(paras) and paras[stop].block == paras[k].block:
        stop += 1
    return stop


@dataclass
class Document:
    text: str  # normalised text the offsets refer to
    paragraphs: list[Paragraph]
    language: str | None = None
    warnings: list[str] = field(default_factory=list)

    def kept(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.decision.keep]  # p.kept, without the property call
