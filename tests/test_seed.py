"""The article newsclean was born from (../shared/bench/seed, copied into tests/data)."""

from pathlib import Path

from newsclean import clean

SEED = (Path(__file__).parent / "data" / "seed_article.txt").read_text("utf-8")


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p]


def test_seed_keeps_title_one_lede_and_the_four_paragraphs_in_order():
    out = paragraphs(clean(SEED).text)
    assert out[0] == "Türkiye, Malaysia discuss defense cooperation"
    paraphrase = [p for p in out if p.startswith("On Friday, Anwar Ibrahim")]
    originals = [p for p in out if p.startswith(("Malaysian Prime Minister", "Ibrahim and Gorgun"))]
    assert (len(paraphrase), len(originals)) in ((1, 0), (0, 2)), "exactly one version of the lede"
    tail = [
        "The two also addressed the ongoing crisis in Palestine.",
        '"Malaysia stands resolute',
        "Gorgun stressed Türkiye's growing strength",
        "He expressed hope that the two days of meetings",
    ]
    starts = [next(i for i, p in enumerate(out) if p.startswith(t)) for t in tail]
    assert starts == sorted(starts) and starts[-1] == len(out) - 1


def test_seed_drops_share_label_and_turkish_banner():
    result = clean(SEED)
    assert "X" not in result.text.split("\n")
    assert "çerez" not in result.text
    assert result.language == "en"
