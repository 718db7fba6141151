"""Synthetic scrapes for the batch and corpus tests: sites with their own boilerplate."""

from __future__ import annotations

import random

WORDS = (
    "the of and to in a is that for on with as was by at from it this be are have has had not but "
    "government minister said police city council market company report people year new week court "
    "election budget health school water energy prices workers union bank trade river bridge station "
    "hospital museum festival season players coach match village farmers harvest storm flood train "
    "airport plan vote party mayor judge study scientists data results families children teachers"
).split()


def paragraph(rng: random.Random, n: int = 35) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def site_boilerplate(site: int) -> dict[str, list[str]]:
    return {
        "menu": ["Home", "World", "Business", "Sport", f"Site {site} Weekend"],
        "banner": [f"Download the Site{site} News app and get breaking news alerts wherever you are."],
        "footer": [f"Copyright Site{site} Media Group, registered office in Harbour Street {site}, company number {1000 + site}."],
    }


def article(rng: random.Random, site: int, title: str, body: list[str] | None = None) -> str:
    bp = site_boilerplate(site)
    body = body if body is not None else [paragraph(rng) for _ in range(rng.randint(3, 6))]
    parts = bp["menu"] + [title] + bp["banner"] + body + bp["footer"]
    return "\n\n".join(parts) + "\n"
