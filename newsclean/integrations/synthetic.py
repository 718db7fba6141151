"""A small generated news corpus for the scale-out examples, tests and benchmark.

Every record is ``{"id": ..., "site": ..., "url": ..., "text": ...}``.  Each
site has its own recurring furniture (a promo line, a tip line, a footer) that
the per-document cleaner cannot know is boilerplate, so the site-level pass
(S101) has something to find; every article also carries some of the usual
leftovers (share labels, a cookie banner, a repeated lede).  Text is made from
templates with a seeded random generator, so the same arguments always give the
same corpus, byte for byte, on every machine.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

_SUBJECTS = [
    "The city council", "The regional health authority", "A local bakery owner", "The harbour commission",
    "Researchers at the university", "The school board", "Farmers in the valley", "The transport minister",
    "Volunteers from the river trust", "The football club", "A group of nurses", "The mayor's office",
    "Small shop owners", "The public library", "Engineers at the water plant", "The fire brigade",
]
_VERBS = [
    "announced plans to", "voted on Tuesday to", "said it would", "has decided to", "is preparing to",
    "asked the government to", "agreed after a long debate to", "promised residents it would",
]
_OBJECTS = [
    "rebuild the old bridge over the canal", "open a new clinic in the northern district",
    "extend the opening hours of the swimming pool", "plant three thousand trees along the ring road",
    "repair the roof of the primary school before winter", "cut the price of bus tickets for students",
    "study the causes of the flooding in the lower town", "hire more staff for the emergency department",
    "move the weekly market back to the main square", "restore the lighthouse that closed in the nineties",
]
_REASONS = [
    "because the number of visitors has doubled since the spring",
    "after complaints from residents who live near the station",
    "although the budget for the coming year is still not settled",
    "so that families with young children have somewhere to go at the weekend",
    "while the regional elections are only a few months away",
    "since the old building no longer meets the safety rules",
]
_QUOTES = [
    "\"We have waited for this for a very long time, and it is good news for everyone,\" said {name}.",
    "\"It will not be easy, but we think it is the right thing to do,\" {name} told reporters.",
    "\"Nobody here wants to see the same mistakes made again,\" according to {name}.",
    "{name}, who has lived in the area for thirty years, said that the change was long overdue.",
]
_DETAILS = [
    "The work is expected to take about {n} months and will cost roughly {m} million euros.",
    "About {n} people attended the meeting, which ran late into the evening.",
    "The plan still needs the approval of the regional government, which meets again in {n} weeks.",
    "A first study found that {n} out of ten residents supported the idea, and only a few were against it.",
    "Critics argue that the money would be better spent on the {n} roads that still need repair.",
]
_NAMES = ["Anna Berg", "Tomas Lind", "Maria Costa", "James Okafor", "Lena Vogel", "Pedro Alves", "Sara Nilsen"]
_SITE_WORDS = ["Riverside", "Northbay", "Hillcrest", "Lakeshore", "Westfield", "Oakdale", "Pinewood", "Stonebridge"]


def _site_furniture(site: str, rng: random.Random) -> list[str]:
    town = site.split(".")[0].capitalize()
    return [
        f"Enjoyed this story? The {town} Courier is run by a small team of local reporters who cover "
        f"the council, the schools and the harbour every single day of the year.",
        f"Got a tip about something happening in {town}? Our newsroom reads every message it receives "
        f"and will get back to you as soon as it can.",
        f"The {town} Courier is an independent newspaper published in {town} since {rng.randint(1890, 1990)}.",
    ]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_REASONS)}."


def _paragraph(rng: random.Random) -> str:
    parts = [_sentence(rng), rng.choice(_DETAILS).format(n=rng.randint(2, 40), m=rng.randint(1, 90))]
    if rng.random() < 0.6:
        parts.append(rng.choice(_QUOTES).format(name=rng.choice(_NAMES)))
    rng.shuffle(parts)
    return " ".join(parts)


def article(rng: random.Random, site: str, furniture: list[str]) -> str:
    title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    body = [_paragraph(rng) for _ in range(rng.randint(3, 7))]
    blocks: list[str] = []
    if rng.random() < 0.5:
        blocks.append("Home | News | Sport | Business | Culture | Contact")
    blocks.append(title)
    blocks.append(f"By {rng.choice(_NAMES)}, {rng.randint(1, 28)} March 2024")
    if rng.random() < 0.4:
        blocks.append(body[0])  # a duplicated lede, as scrapers often leave it
    if rng.random() < 0.5:
        blocks.append("Share on Facebook\nShare on X\nCopy link")
    blocks.extend(body[:2])
    if rng.random() < 0.7:
        blocks.append(furniture[0])
    blocks.extend(body[2:])
    if rng.random() < 0.7:
        blocks.append(furniture[1])
    if rng.random() < 0.4:
        blocks.append("We use cookies to improve your experience on our website. By continuing to browse, "
                      "you agree to our use of cookies. Accept all cookies")
    if rng.random() < 0.8:
        blocks.append(furniture[2])
    return "\n\n".join(blocks)


def records(n_docs: int = 200, n_sites: int = 8, seed: int = 0) -> Iterator[dict]:
    """`n_docs` article records spread over `n_sites` sites, deterministically."""
    rng = random.Random(seed)
    sites = [f"{_SITE_WORDS[i % len(_SITE_WORDS)].lower()}{i // len(_SITE_WORDS) or ''}.example"
             for i in range(n_sites)]
    furniture = {site: _site_furniture(site, random.Random(f"{seed}/{site}")) for site in sites}
    for i in range(n_docs):
        site = sites[rng.randrange(n_sites)]
        yield {
            "id": f"doc-{i:06d}",
            "site": site,
            "url": f"https://{site}/news/{i}",
            "text": article(rng, site, furniture[site]),
        }


def write_jsonl(path: str, n_docs: int = 200, n_sites: int = 8, seed: int = 0) -> None:
    """Write the corpus as UTF-8 JSON Lines to `path`."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in records(n_docs, n_sites, seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
