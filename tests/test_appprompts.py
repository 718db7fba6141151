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
    # (thirty-sixth session: scripts without capitals, and Vietnamese)
    "ताज़ा ख़बरों के लिए डाउनलोड करें जनपथ टाइम्स ऐप",
    "حمّل تطبيق الدار اليوم لتصلك الأخبار العاجلة أولاً بأول",
    "دانلود اپلیکیشن خبرنامه شهر برای دریافت سریع اخبار",
    "הורידו את האפליקציה של חדשות השרון וקבלו התראות",
    "Tải ứng dụng Tin Sáng để đọc tin nhanh hơn",
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


def test_a_one_line_app_prompt_on_the_articles_topic_goes():
    # It names the article's town, but it asks the reader to install the app.
    prompt = "📱 Storm, ferries and coastal road news on your phone. Download the Lakeshore Ledger app"
    text = "\n\n".join(["Storm closes coastal road and cancels ferries", *STORM[:3], prompt, *STORM[3:]])
    out = kept(text)
    assert prompt not in out and all(p in out for p in STORM)


HEATWAVE = [
    "शहरों में गर्मी की रातें अब पहले जैसी राहत नहीं देतीं। एक नए अध्ययन के मुताबिक़ पिछले तीस वर्षों में देश के "
    "बड़े शहरों का रात का न्यूनतम तापमान तेज़ी से बढ़ा है।",
    "शोधकर्ताओं ने चालीस शहरों के मौसम केंद्रों के आंकड़ों का विश्लेषण किया और पाया कि रातें दिन की तुलना में "
    "ज़्यादा तेज़ी से गर्म हो रही हैं।",
    "अध्ययन की मुख्य लेखिका के अनुसार इसकी सबसे बड़ी वजह कंक्रीट की इमारतें और सड़कें हैं, जो दिन भर गर्मी "
    "सोखती हैं और रात में छोड़ती हैं।",
]
SECTIONS = [
    "सेहत पर असर",
    "विशेषज्ञों का कहना है कि गर्म रातें दिन की गर्मी से भी ज़्यादा खतरनाक हो सकती हैं, क्योंकि शरीर को रात "
    "में ठंडा होने का मौका नहीं मिलता। बुज़ुर्गों और बच्चों पर इसका असर सबसे ज़्यादा होता है।",
    "समाधान क्या है",
    "शोधकर्ताओं ने शहरों के लिए ठंडी छतें, सड़कों के किनारे छायादार पेड़ और झीलों को बचाने की सलाह दी है। "
    "उनका कहना है कि हरित क्षेत्र बढ़ाने से रात का तापमान दो डिग्री तक घट सकता है।",
]


def test_the_articles_sections_under_an_app_box_stay():
    # Two sections, each a subheading and a paragraph no shorter than the
    # article's, under the app's prompt and its store buttons.
    box = ["ताज़ा ख़बरों के लिए डाउनलोड करें जनपथ टाइम्स ऐप", "Google Play App Store"]
    out = kept("\n\n".join(["शहरों में गर्म होती रातें", *HEATWAVE, *box, *SECTIONS]))
    assert out == ["शहरों में गर्म होती रातें", *HEATWAVE, *SECTIONS]
