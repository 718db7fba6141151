"""A site's prompt to install its app, naming the app by the site's name
(thirty-fifth session): an order to download right before the app's name,
or an order to read or follow that opens a sentence naming the app."""

import pytest

from newsclean.appprompts import app_prompt
from test_boilerplate import kept


@pytest.mark.parametrize("line", [
    "Get weather alerts on your phone. Download the Lakeshore Ledger app for severe weather notifications.",
    "Få pushvarsler når det skjer noe i ditt område. Last ned Kyst24-appen – gratis for abonnenter.",
    "Najważniejsze informacje z Torunia w Twoim telefonie. Pobierz bezpłatną aplikację Gazety Nadwiślańskiej!",
    "Sigue toda la información del temporal en la app de Diario del Sur. Descárgala gratis en Google Play.",
    "Retrouvez toutes nos chroniques dans l'application L'Écho des Alpes, disponible sur iOS et Android.",
    "Alle Spiele, alle Tore: Verfolgen Sie die Oberliga live in der Westpfalz-Bote-App.",
    "Altijd als eerste op de hoogte? Download de StadsRadar-app en zet meldingen aan.",
    "Töltse le ingyenes alkalmazásunkat, és kapjon értesítést a legfontosabb hírekről.",
])
def test_a_prompt_to_install_the_sites_app(line):
    assert app_prompt(line)


@pytest.mark.parametrize("line", [
    "WhatsApp, the huge mobile messaging app, has hit 100 million downloads on Google Play.",
    "Facebook for Android is available on Android Market. We're excited about the new app.",
    "Coinbase Pro offers a mobile app on both the iOS and Android platforms.",
    "De app voor Android en iOS crashte tijdens onze test meerdere keren.",
    "Users can download the update from the app store from Tuesday.",
    "Read the full statement, which the ministry published in its app on Monday.",
])
def test_a_sentence_that_mentions_an_app_is_no_prompt(line):
    assert not app_prompt(line)


STORM = [
    "Storm warnings stay in force along the coast until Friday morning, the weather service said on Wednesday.",
    "Gusts of up to 120 km/h brought down trees on the coastal road between Harbourside and Millbay overnight.",
    "Ferries to the islands were cancelled for a second day, and the harbour master closed the marina to visitors.",
    "The council opened the sports hall on Station Road for residents whose homes lost power.",
    "Engineers expect to restore electricity to the last 2,000 households by Thursday evening.",
]
PROMPT = "Get weather alerts on your phone. Download the Lakeshore Ledger app for severe weather notifications."


def test_the_sites_app_prompt_between_the_articles_paragraphs_goes_and_the_article_stays():
    text = "\n\n".join(["Storm closes coastal road and cancels ferries", *STORM[:3], PROMPT, *STORM[3:]])
    out = kept(text)
    assert PROMPT not in out
    assert all(p in out for p in STORM)
