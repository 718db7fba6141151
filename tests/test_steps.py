"""An article's numbered steps are prose written as a list (steps.py)."""

import pytest

from newsclean import clean
from newsclean.document import Paragraph
from newsclean.lineclass import BAD, SHORT
from newsclean.linefeatures import _features
from newsclean.steps import numbered_steps

RECIPE_TOP = [
    "Kitchen Notes - simple food for busy evenings",
    "Home > Recipes > Soups",
    "Red lentil soup the diner way",
    "By Hana Loft | 4 January 2026",
    "Every winter diner serves a version of this soup, and the trick that makes theirs taste richer than "
    "ours is simple: the tomato paste is fried in butter until it darkens before any water goes in.",
    "Prep: 10 min | Cook: 35 min | Serves 6",
    "Ingredients",
    "1 1/2 cups red lentils",
    "1 onion",
    "1 carrot",
    "1 potato",
    "1 tbsp flour",
    "2 tbsp butter",
    "1 tbsp tomato paste",
    "7 cups hot water or chicken stock",
    "Salt, black pepper, cumin",
]
STEPS = [
    "1. Rinse the lentils and drain them.",
    "2. Melt the butter and soften the onion.",
    "3. Stir in the flour and the paste for a minute.",
    "4. Add the vegetables, the lentils and the water.",
    "5. Blend the soup and season it.",
    "6. Serve it with a spoon of chili butter.",
]
BELOW = [
    "If you liked this recipe, try these",
    "Wedding soup with tiny meatballs",
    "Yogurt soup that never curdles",
    "Comments (23)",
    "About us | Contact | Privacy | © 2026 Kitchen Notes",
]


def test_a_recipes_numbered_steps_stay_with_its_intro():
    page = "\n".join([*RECIPE_TOP, "Method", *STEPS, *BELOW])
    kept = [p.text for p in clean(page).paragraphs if p.kept]
    assert [s for s in STEPS if s not in kept] == []
    assert RECIPE_TOP[4] in kept
    assert not set(BELOW) & set(kept)


def test_steps_past_an_advertisement_label_between_them():
    page = "\n".join([*RECIPE_TOP, "Method", *STEPS[:3], "Advertisement", *STEPS[3:], *BELOW])
    result = clean(page)
    kept = [p.text for p in result.paragraphs if p.kept]
    assert [s for s in STEPS if s not in kept] == []
    assert "Advertisement" not in kept


def _steps(lines: list[str], lang: str = "en") -> list[str]:
    paras = [Paragraph(i, text, 0, 0, i + 1, 0) for i, text in enumerate(lines)]
    feats = [_features(p.plain, lang) for p in paras]
    classes = [BAD if f.category else SHORT for f in feats]
    return [lines[i] for i in sorted(numbered_steps(paras, feats, classes, cjk=False))]


def test_numbered_sentences_from_one_are_steps():
    assert _steps(STEPS[:3]) == STEPS[:3]


@pytest.mark.parametrize(
    "lines",
    [
        # a most-read list: numbered, but no item is a sentence
        ["1. Storm closes the coast road", "2. Mayor quits over the bridge", "3. Schools shut for a week"],
        # a league table's rows end in a full stop, but hold no stopword
        ["1. SK Vöcklau 14 Spiele 32 Pkt.", "2. ASK Murtal 14 Spiele 29 Pkt.", "3. Union Hallstein 14 Spiele 26 Pkt."],
        # two steps are no run
        STEPS[:2],
        # a run that does not start at 1, or skips a number
        STEPS[1:4],
        [STEPS[0], STEPS[2], STEPS[3]],
    ],
)
def test_lines_that_are_not_steps(lines):
    lang = "de" if "Spiele" in lines[0] else "en"
    assert _steps(lines, lang) == []


REVIEWS = [
    "Avis (312)",
    "Josiane_56 — il y a 3 jours",
    "Excellente ! J'ai mis un peu de cannelle dans la crème d'amande, toute la famille a adoré la tarte.",
    "Marc D. — il y a 1 semaine",
    "La pâte est un peu friable à étaler, mais le goût est là. Conseil : l'étaler entre deux feuilles.",
]
TARTE = [
    "Tarte aux poires et à l'amande de Mamie Odette",
    "Cette tarte de saison se prépare avec des poires bien mûres et une crème d'amande toute simple, que "
    "l'on verse sur une pâte au sarrasin préparée la veille.",
    "Ingrédients",
    "120 g de farine de sarrasin",
    "100 g de beurre demi-sel",
    "4 poires bien mûres",
    "80 g de poudre d'amande",
    "Étapes",
    "1. Mélangez la farine et le beurre du bout des doigts.",
    "2. Étalez la pâte et foncez un moule de 26 cm.",
    "3. Fouettez le beurre, le sucre et la poudre d'amande.",
    "4. Versez la crème sur la pâte et disposez les poires.",
    "5. Enfournez la tarte pendant 40 minutes.",
]


def test_readers_reviews_under_a_recipe_are_not_its_steps():
    # (The reviews speak of the recipe's ingredients: on topic, but a thread.)
    page = "\n".join([*TARTE, *REVIEWS, "© 2026 Cuisine des Grands-Mères · Mentions légales · Contact"])
    kept = [p.text for p in clean(page).paragraphs if p.kept]
    assert [s for s in TARTE[-5:] if s not in kept] == []
    assert not set(REVIEWS) & set(kept)


LISTICLE_TOP = [
    "Home | Region | Culture | Sport | Subscribe",
    "Culture » Music",
    "Hill Sounds festival: five things to know before you go",
    "The festival returns to Kelby from 24 to 26 July with 22 concerts on three stages. There are changes to "
    "the buses and to the rules on bottles.",
    "Sofia Mendes",
    "21 Jul 2025 - 10:15",
    "Reading time: 3 min.",
]
SECTIONS = [
    "1. Who is playing",
    "Friday (24): High Tide, The Wolves, DJ Cruz",
    "Saturday (25): Shoal, Ana Teles & Band",
    "Sunday (26): Old North, Lumena",
    "2. Tickets",
    "Three-day pass: 55 euros",
    "Day ticket: 25 euros",
    "Under 12s: free with an adult",
    "Read also: Kelby expects 40,000 visitors this summer",
    "3. Getting there",
    "The council will run free buses from the railway station every 20 minutes between 5pm and 3am, and parking "
    "at the site is kept for people with reduced mobility.",
    "4. What you can bring",
    "Plastic bottles up to half a litre, without a cap. Glass bottles, cans and large umbrellas are not allowed, "
    "and there are free water points next to all three stages.",
    "5. Paying",
    "All bars and food stalls on the site take cards only, and the festival's own wristbands can be topped up at "
    "the gate or online before you go, with any money left refunded in August.",
]


def test_a_listicles_numbered_sections_stay_with_its_header():
    page = "\n\n".join([*LISTICLE_TOP, *SECTIONS, "Advertisement", "© 2025 Hill Courier | Terms | Privacy"])
    kept = {p.text for p in clean(page).paragraphs if p.kept}
    assert set(LISTICLE_TOP[2:6]) <= kept
    assert set(SECTIONS) - kept == {"Read also: Kelby expects 40,000 visitors this summer"}


def test_a_circled_number_after_the_articles_last_opens_its_next_section():
    from newsclean.steps import next_numbered_heading

    lines = ["① 外葉で：白菜のステーキ", "白菜を焼く。", "② 中心の葉で：白菜とりんごのコールスロー", "白菜を切る。",
             "あわせて読みたい", "大根1本、3日で食べきる！ 献立の組み立て方", "③ 芯で：白菜の芯のゆず風味浅漬け"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(lines)]
    classes = ["short", "good", "short", "good", "bad", "short", "short"]
    assert next_numbered_heading(paras, classes, 0, 4, 6)
    assert not next_numbered_heading(paras, classes, 0, 2, 6)  # no ② above: no next section
