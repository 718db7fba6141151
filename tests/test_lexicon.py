"""The boilerplate lexicon: file format, coverage, label and phrase matching,
and no false hits on real news prose."""

from __future__ import annotations

import pytest

from newsclean.lexicon import (
    CATEGORIES,
    PHRASE_DIR,
    Lexicon,
    LexiconError,
    available_languages,
    normalize_label,
    parse_file,
)

CORE = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ar", "zh", "ja")


@pytest.fixture(scope="module")
def lx() -> Lexicon:
    return Lexicon.load()


# -- files ---------------------------------------------------------------------


def test_all_files_parse_without_conflicts(lx):
    assert set(CORE) <= set(available_languages())
    conflicts = [
        f"{c.key!r}: {c.kept.category} ({c.kept.path}:{c.kept.line}) vs {c.other.category} ({c.other.path}:{c.other.line})"
        for c in lx.conflicts
    ]
    assert conflicts == []


@pytest.mark.parametrize("lang", sorted(set(CORE) | set(available_languages())))
def test_no_entry_is_written_twice_in_a_file(lang):
    # A second copy, added years of edits later, hides that the entry exists.
    lines = [line.strip() for line in (PHRASE_DIR / f"{lang}.txt").read_text(encoding="utf-8").splitlines()]
    entries = [line for line in lines if line[:2] in ("= ", "~ ")]
    assert sorted({e for e in entries if entries.count(e) > 1}) == []


@pytest.mark.parametrize("lang", sorted(set(CORE) | set(available_languages())))
def test_language_covers_every_category(lang):
    entries = parse_file(PHRASE_DIR / f"{lang}.txt")
    have = {e.category for e in entries}
    assert have == set(CATEGORIES)
    labels = {e.category for e in entries if e.kind == "label"}
    assert labels == set(CATEGORIES), f"{lang}: categories without labels: {set(CATEGORIES) - labels}"


@pytest.mark.parametrize(
    "content, line, fragment",
    [
        ("[share]\n= share\n[cookies]\n= x\n", 3, "unknown category"),
        ("[share]\n= share\nshare this\n", 3, "expected"),
        ("# header comment\n= share\n", 2, "before any [category]"),
        ("[nav]\n=   \n", 2, "empty label"),
        ("[nav]\n= 123\n", 2, "empty once normalised"),
        ("[nav]\n~ a\n", 2, "too short"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path, content, line, fragment):
    path = tmp_path / "xx.txt"
    path.write_text(content, "utf-8")
    with pytest.raises(LexiconError) as err:
        parse_file(path)
    msg = str(err.value)
    assert f"{path}:{line}:" in msg
    assert fragment in msg


def test_from_directory_reports_bad_file(tmp_path):
    (tmp_path / "en.txt").write_text("[share]\n= share\n", "utf-8")
    (tmp_path / "de.txt").write_text("[teilen]\n= teilen\n", "utf-8")
    with pytest.raises(LexiconError, match=r"de\.txt:1: unknown category"):
        Lexicon.from_directory(tmp_path)
    assert Lexicon.from_directory(tmp_path, ["en"]).label("Share") == "share"


# -- normalisation and labels --------------------------------------------------


@pytest.mark.parametrize(
    "raw, norm",
    [
        ("Share 12", "share"),
        ("(3) Comments", "comments"),
        ("» Read more", "read more"),
        ("Tweet ›", "tweet"),
        ("[Print]", "print"),
        ("Teilen:", "teilen"),
        ("  • Impressum |", "impressum"),
        ("1.2K Shares", "shares"),
        ("Page 2 of 5", "page # of"),
        ("Don’t miss", "dont miss"),
        ("Sign-in", "sign in"),
        ("RÉAGIR ▸", "reagir"),
        ("Şerh ✓", "serh"),
        ("コメント(12)", "コメント"),
        ("分享到：", "分享到"),
        ("اقرأ أيضاً", "اقرا ايضا"),
        # Vowel signs are part of their words (Bengali, Hindi, Thai): two words, not five.
        ("শেয়ার করুন:", "শেয়ার করুন"),
        ("शेयर करें |", "शेयर करें"),
        ("แชร์ บทความ", "แชร์ บทความ"),
    ],
)
def test_normalize_label(raw, norm):
    assert normalize_label(raw) == norm


def test_a_bengali_share_bar_splits_into_its_known_labels():
    # (forty-third session: the vowel signs cut its words into letters, more
    # words than a run of labels may have)
    assert Lexicon.load().label("শেয়ার করুন: ফেসবুক হোয়াটসঅ্যাপ লিংক কপি করুন") == "share"


@pytest.mark.parametrize(
    "line, category",
    [
        ("Share 12", "share"),
        ("» Weiterlesen", "related"),
        ("Teilen:", "share"),
        ("(3) Comments", "comments"),
        ("12 comments", "comments"),
        ("Tweet ›", "share"),
        ("[Print]", "share"),
        ("READ MORE »", "related"),
        ("Page 2 of 5", "nav"),
        ("Sun Mon Tue Wed Thu Fri Sat", "nav"),  # a calendar widget
        ("M T W T F S S", "nav"),
        ("Mo Di Mi Do Fr Sa So", "nav"),
        ("Mit Freunden teilen", "share"),
        ("Zum Rezept Drucken Pinnen", "share"),  # a run of known labels
        ("Jump to Recipe", "nav"),
        ("อ่าน 4 นาที", "nav"),  # a reading time, in Thai
        ("Om skribenten", "footer"),  # an author's box, in Swedish
        ("この記事を書いた人", "footer"),
        ("Понравился материал? 👍 128 👎 4", "comments"),  # a page-feedback widget
        ("וואטסאפ פייסבוק טוויטר מייל תגובות", "share"),  # a Hebrew share bar, run together
        ("Xem thêm cập nhật", "nav"),  # a Vietnamese live blog's "more updates"
        ("Kommentarfunktion ist deaktiviert", "comments"),
        ("← Previous article", "nav"),
        ("• Impressum", "footer"),
        ("Partager |", "share"),
        ("X", "share"),
        ("WhatsApp", "share"),
        ("Facebook Twitter Email", "share"),
        ("Anzeige", "advert"),
        ("ADVERTISEMENT", "advert"),
        ("Accept all cookies", "consent"),
        ("Alle akzeptieren", "consent"),
        ("Zustimmen und weiter", "consent"),
        ("Artikel teilen", "share"),
        ("Zum Newsletter anmelden", "newsletter"),
        ("Mehr zum Thema", "related"),
        ("Datenschutzerklärung", "footer"),
        ("Tout accepter", "consent"),
        ("Lire aussi", "related"),
        ("Mentions légales", "footer"),
        ("Aceptar todas", "consent"),
        ("Compartir", "share"),
        ("Lee también", "related"),
        ("שתפו בוואטסאפ", "share"),
        ("כתבות נוספות", "related"),
        ("הירשמו לניוזלטר שלנו", "newsletter"),
        ("शेयर करें", "share"),
        ("ये भी पढ़ें", "related"),
        ("स्वीकार करें", "consent"),
        ("हमारे बारे में", "footer"),
        ("اشتراک‌گذاری", "share"),
        ("View this email in your browser", "nav"),
        ("Temps de lecture : 3 min", "nav"),  # reading times
        ("Tiempo de lectura: 3 min", "nav"),
        ("Leestijd: 2 minuten", "nav"),
        ("3 minuty čtení", "nav"),
        ("Olvasási idő: 3 perc", "nav"),
        ("Læsetid: 3 min.", "nav"),
        ("Pular para a receita", "nav"),
        ("Trimite pe WhatsApp", "share"),
        ("Uitschrijven | Gegevens wijzigen", "newsletter"),  # an e-mail newsletter's last row
        ("Darse de baja", "newsletter"),
        ("Отписаться", "newsletter"),
        ("Unsubscribe", "newsletter"),
        ("Current Time 0:00", "nav"),
        ("Čítajte aj", "related"),
        ("Prijať všetko", "consent"),
        ("Pročitajte i", "related"),
        ("Prihvati sve", "consent"),
        ("Прочетете още", "related"),
        ("Приеми всички", "consent"),
        ("یہ بھی پڑھیں", "related"),
        ("شیئر کریں", "share"),
        ("আরও পড়ুন", "related"),
        ("শেয়ার করুন", "share"),
        ("Remaining Time -0:00", "nav"),
        ("captions off, selected", "nav"),
        ("بیشتر بخوانید", "related"),
        ("عضویت در خبرنامه", "newsletter"),
        ("Accetta tutti", "consent"),
        ("Leia também", "related"),
        ("Alles accepteren", "consent"),
        ("Czytaj także", "related"),
        ("Kabul et", "consent"),
        ("Paylaş", "share"),
        ("Çerez Politikası", "consent"),
        ("ÇEREZ POLİTİKASI", "consent"),
        ("Поделиться", "share"),
        ("Принять все", "consent"),
        ("Akceptuję pliki cookies", "consent"),
        ("订阅我们的新闻", "newsletter"),
        ("Читайте также:", "related"),
        ("分享", "share"),
        ("阅读更多 >", "related"),
        ("版权所有", "footer"),
        ("首页 > ", "nav"),
        ("シェア", "share"),
        ("続きを読む", "related"),
        ("مشاركة", "share"),
        ("اقرأ أيضا", "related"),
        ("اقرأ أيضاً:", "related"),
        ("We use cookies.", "consent"),  # a whole-line phrase is a label too
        ("İlgili Haberler", "related"),
        ("Priimti visus slapukus", "consent"),
        ("Taip pat skaitykite", "related"),
        ("Kopēt saiti", "share"),
        ("Lasi arī", "related"),
        ("Nõustun kõigiga", "consent"),
        ("Loe ka", "related"),
        ("Sprejmi vse", "consent"),
        ("Preberite tudi", "related"),
        ("Подели", "share"),
        ("Povezane vesti", "related"),
        ("Сподели", "share"),
        ("Поврзани вести", "related"),
        ("Shpërndaje", "share"),
        ("Më të lexuarat", "related"),
        ("Alle regte voorbehou", "footer"),
        ("Mees gelees", "related"),
        ("Soma pia", "related"),
        ("Haki zote zimehifadhiwa", "footer"),
        ("Basahin din", "related"),
        ("Tanggapin lahat", "consent"),
        ("இதையும் படிக்க", "related"),
        ("முகப்பு", "nav"),
        ("हेही वाचा", "related"),
        ("सर्व स्वीकारा", "consent"),
        ("Show key events only", "nav"),
        ("Rate this recipe", "comments"),
        ("139 Postings", "comments"),
        ("Notez cette recette", "comments"),
        ("Bunları da beğenebilirsiniz", "related"),
        ("Zur Merkliste hinzufügen", "share"),
        ("Ajouter à vos sélections", "share"),
        ("Réutiliser ce contenu", "footer"),
        ("Reuse this content", "footer"),
        ("Sign the Guest Book", "comments"),
        ("Ämnen i artikeln", "nav"),
        ("この記事を共有する", "share"),
        ("Compartilhe no WhatsApp", "share"),
        ("Salvar artigos", "share"),
        ("Dépêches similaires", "related"),
        ("व्हाट्सऐप पर शेयर करें", "share"),
        ("الأخبار ذات الصلة", "related"),
        ("字号：大 中 小", "nav"),
        ("文字サイズ 小 中 大", "nav"),
        ("Go to top of page", "nav"),
        ("Return to previous page", "nav"),
        ("Search Blog", "nav"),
        ("Printable version", "share"),
        ("Leave a Response", "comments"),
        # Lines of separator-joined segments.
        ("© 2024 Hohenfelder Tageblatt | Impressum | Datenschutz | AGB", "footer"),
        ("Terms of use | Privacy policy | Cookie settings | Contact us", "footer"),
        ("Aviso legal · Política de privacidad · Política de cookies", "footer"),
        ("Facebook | X | E-Mail", "share"),
        ("Home | World | Business | Markets", "nav"),
        ("Startseite › Region › Kreis Hohenfeld", "nav"),
        ("Главная / Наука / Природа", "nav"),
        ("首页 > 财经 > 产业", "nav"),
        # A share bar's "share on <network>" and "send by <channel>", in languages with thin lists.
        ("Comparteix a Facebook", "share"), ("Envia per correu", "share"), ("Facebook'ta paylaş", "share"),
        ("Kongsi di Facebook", "share"), ("Gửi qua email", "share"), ("أرسل عبر واتساب", "share"),
        ("Skicka med e-post", "share"), ("Delen via WhatsApp", "share"), ("Μοιραστείτε στο Facebook", "share"),
        # An e-mail newsletter's way out.
        ("Відписатися", "newsletter"), ("Avsluta prenumerationen", "newsletter"), ("Darse de baja", "newsletter"),
    ],
)
def test_label(lx, line, category):
    assert lx.label(line) == category


@pytest.mark.parametrize(
    "line", ["Business > Energy", "Rock / Pop", "Politics | Opinion", "Name | Age", "and/or", "24/7", "Share prices"]
)
def test_not_a_label(lx, line):
    assert lx.label(line) is None


# -- phrases -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        ("We use cookies to improve your experience. By continuing to use this site you agree.", "consent"),
        ("We and our partners store and/or access information on a device, such as cookies.", "consent"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("© 2024 Example Media Ltd. All rights reserved.", "footer"),
        ("Story continues below advertisement", "advert"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "footer"),
        ("You’ve reached your limit of free articles this month.", "subscribe"),
        ("Read more: Why the Fed held rates steady", "related"),
        ("Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.", "consent"),
        ("Lesen Sie auch: Wie die Inflation die Mieten treibt", "related"),
        ("Bunu da okuyun: 2025'in en iyi telefonları", "related"),
        ("Olvassa el ezt is: Apad a Velencei-tó", "related"),
        ("Newsletter nicht richtig dargestellt? Im Browser ansehen", "newsletter"),
        ("¿No ves bien este correo? Ábrelo en tu navegador", "newsletter"),
        ("Lire aussi : Les agriculteurs manifestent à Paris", "related"),
        ("Il vous reste 76.28% de cet article à lire. La suite est réservée aux abonnés.", "subscribe"),
        ("Este sitio web utiliza cookies para mejorar la experiencia del usuario.", "consent"),
        ("© RIPRODUZIONE RISERVATA", "footer"),
        ("Leia também: Governo anuncia novo pacote fiscal", "related"),
        ("Wij gebruiken cookies om de website te verbeteren.", "consent"),
        ("Czytaj także: Rząd przyjął projekt budżetu", "related"),
        ("Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz.", "consent"),
        ("Мы используем файлы cookie для улучшения работы сайта.", "consent"),
        ("Читайте также: Правительство утвердило бюджет", "related"),
        ("Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "footer"),
        ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter", "footer"),
        ("اقرأ أيضاً: الحكومة تعلن خطة جديدة للإسكان", "related"),
        ("本网站使用Cookie以提升您的浏览体验，继续浏览本网站即表示您同意。", "consent"),
        ("版权所有 © 新华网 未经许可不得转载", "footer"),
        ("【関連記事】円安、一時150円台に", "related"),
        ("אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה.", "consent"),
        ("קראו גם: הרכבת הקלה תגיע לחיפה ב־2027", "related"),
        ("यह वेबसाइट कुकीज़ का उपयोग करती है। इस वेबसाइट का उपयोग जारी रखकर आप सहमति देते हैं।", "consent"),
        ("ये भी पढ़ें: मेट्रो की नई लाइन का काम तेज", "related"),
        ("این وب‌سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند.", "consent"),
        ("You are receiving this email because you signed up for The Harbour Letter.", "newsletter"),
        ("This is a modal window. This modal can be closed by pressing the Escape key.", "nav"),
        ("Táto stránka používa cookies na zlepšenie vášho zážitku.", "consent"),
        ("Ova web stranica koristi kolačiće kako bi vam pružila bolje iskustvo.", "consent"),
        ("Този сайт използва бисквитки, за да подобри вашето изживяване.", "consent"),
        ("Foreground --- White Black Red Green Blue Yellow Magenta Cyan --- Opaque", "nav"),
        ("تمامی حقوق این سایت محفوظ است.", "footer"),
        ("当サイトではCookieを使用しています。", "consent"),
        ("ⓒ 한국일보, 무단전재 및 재배포금지", "footer"),
        ("Läs också: Riksbanken höjer räntan igen", "related"),
        ("Saken fortsetter under annonsen", "advert"),
        ("Vi bruger cookies for at forbedre din oplevelse.", "consent"),
        ("Lue myös: Hallitus esittää uusia leikkauksia", "related"),
        ("Čtěte také: Vláda schválila rozpočet", "related"),
        ("A cikk a hirdetés után folytatódik", "advert"),
        ("Citeşte şi: Guvernul a adoptat bugetul", "related"),
        ("Читайте також: Уряд ухвалив бюджет", "related"),
        ("Baca juga: Harga BBM naik mulai besok", "related"),
        ("Có thể bạn quan tâm: Giá vàng tăng mạnh", "related"),
        ("Utilitzem galetes pròpies i de tercers per millorar el servei.", "consent"),
        ("This copy is for your personal, non-commercial use only. Distribution is governed by our terms.", "footer"),
        ("Ši svetainė naudoja slapukus, kad galėtume pagerinti jūsų naršymo patirtį.", "consent"),
        ("Šī vietne izmanto sīkdatnes, lai uzlabotu jūsu pieredzi.", "consent"),
        ("See veebileht kasutab küpsiseid, et parandada teie kasutuskogemust.", "consent"),
        ("Ta spletna stran uporablja piškotke, ki izboljšajo vašo uporabniško izkušnjo.", "consent"),
        ("Овај сајт користи колачиће да би вам пружио боље искуство.", "consent"),
        ("Оваа веб-страница користи колачиња за подобро корисничко искуство.", "consent"),
        ("Kjo faqe përdor cookies për t'ju ofruar shërbim më të mirë.", "consent"),
        ("Hierdie webwerf gebruik koekies om jou ervaring te verbeter.", "consent"),
        ("Tovuti hii inatumia vidakuzi ili kukupa huduma bora.", "consent"),
        ("Gumagamit ang website na ito ng cookies upang mapabuti ang iyong karanasan.", "consent"),
        ("இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது.", "consent"),
        ("ही वेबसाइट कुकीजचा वापर करते.", "consent"),
        ("Also Read | Council approves the harbour budget", "related"),
        ("This story has not been edited by our staff and is auto-generated from a syndicated feed.", "footer"),
        ("Our editors independently select these products. A purchase through our links may earn us a commission.",
         "advert"),
        ("100 of 524 comments loaded", "comments"),
        ("View all posts by Jane Roe", "related"),
        ("The Harbour Weekly is reader-funded", "subscribe"),
        ("Jederzeit kündbar.", "subscribe"),
        ("Les cours sont donnés à titre indicatif et ne constituent pas un conseil en investissement.", "footer"),
        ("Materiał nie stanowi rekomendacji inwestycyjnej.", "footer"),
        ("▶ 관련기사: 시의회, 항만 예산 승인", "related"),
        ("İLGİLİ HABER: Belediye bütçeyi onayladı", "related"),
        ("קראו עוד: מועצת העיר אישרה את התקציב", "related"),
        ("Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.", "comments"),
        ("Tato stránka používá k poskytování služeb soubory cookie.", "consent"),
        ("You can follow this conversation by subscribing to the comment feed for this post.", "comments"),
        ("Weiterlesen mit KB+", "subscribe"),
        ("上一篇：我国新一代气象卫星完成在轨测试", "nav"),
        ("¿Te ha resultado útil este artículo? Sí No", "comments"),
        ("Google News'te Takip Et", "follow"),
        ("Te recomendamos: Las diez mejores playas del litoral", "related"),
        ("[관련기사] 전기차 폐배터리 2030년 10만개", "related"),
        ("Vous lisez un article en accès libre. Pour soutenir une critique indépendante, abonnez-vous.", "subscribe"),
        ("क्या यह लेख आपके लिए उपयोगी था?", "comments"),
        # Why the reader got the e-mail, and its browser view.
        ("Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.", "newsletter"),
        ("Ви отримали цей лист, тому що підписалися на розсилку «Ранкового вісника».", "newsletter"),
        ("Du modtager denne e-mail, fordi du har tilmeldt dig vores nyhedsbrev.", "newsletter"),
        ("Azért kapod ezt a levelet, mert feliratkoztál a hírlevelünkre.", "newsletter"),
        ("Ver este correo en el navegador", "newsletter"),
        # "Read also: <headline>" in languages whose lists lacked it.
        ("Đọc thêm: Dự báo thời tiết 10 ngày tới", "related"), ("Läs mer: Bostadspriserna steg i mars", "related"),
        ("Okumaya devam edin: Körfez'de ara seçim neden yapılıyor?", "related"),
        ("Читайте ще: Міст через річку відкриють у травні", "related"),
        ("▶ 관련기사 폭염 속 야외 노동, 몇 시간까지 괜찮을까?", "related"),
        ("▶ 기사제보 전화 02-000-0000 / 이메일 jebo@hbs.co.kr", "footer"),
    ],
)
def test_phrase_in_paragraph(lx, text, category):
    hits = lx.phrases(text)
    assert hits, text
    assert hits[0][0] == category


def test_phrases_in_text_order(lx):
    hits = lx.phrases("Leave a reply. Comments are closed. All rights reserved.")
    assert [c for c, _ in hits] == ["comments", "comments", "footer"]
    assert hits[-1] == ("footer", "all rights reserved")


@pytest.mark.parametrize(
    "text",
    [
        "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ: Νέα μέτρα",  # Greek capitals drop the accents
        "Διαβαστε επισης: Νέα μέτρα",
        "اقرأ أيضـــاً: خطة",  # tatweel and tanween
        "READ-MORE: something",  # hyphen for space
        "ÇEREZ POLİTİKAMIZI İNCELEYEBİLİRSİNİZ",  # Turkish dotted capital I
        "本网站使用 cookie 来改善体验",  # spaces around Latin inside CJK
        "ЕЩЁ ПО ТЕМЕ: выборы",  # ё
    ],
)
def test_loose_matching(lx, text):
    assert lx.phrases(text), text


def test_word_boundaries(lx):
    assert lx.phrases("Unread more: x") == []  # not at a word start
    assert lx.phrases("we use cookiesx") == []  # not at a word end
    assert lx.phrases("(we use cookies)") == [("consent", "we use cookies")]


# Real-looking news prose, in several languages, built around the words that
# boilerplate lists are made of.  None may hit a label or a phrase.
NEWS = [
    "Apple's share of the smartphone market rose to 21 percent in the third quarter, according to Counterpoint.",
    "X Corp, formerly known as Twitter, said it would appeal the ruling in the Northern District of California.",
    "The follow-up study, published in The Lancet, found no such effect among older patients.",
    "Changes to its privacy policy by Meta were criticised by regulators in Brussels, who said users had not been properly informed.",
    "The bakery sold more than 4,000 cookies during the festival weekend, its owner said on Sunday.",
    "The author filed a copyright lawsuit against OpenAI in federal court on Monday, seeking damages.",
    "Shares in Tesla fell 5% after the company reported weaker-than-expected deliveries.",
    "Police said they would follow up on the reports and urged witnesses to come forward.",
    "She told reporters she would share more details about the merger next week.",
    "Readers can read more about the investigation in Sunday's print edition.",
    "The app is available on the App Store and Google Play, the developer said.",
    "Users who sign in with Google or continue with Apple will be asked to verify their age, the company said.",
    "YouTube said comments are disabled on videos featuring young children.",
    "Brokers may earn a commission on each trade, the regulator noted in its report.",
    "The union said it would accept all of the recommendations and continue talks on Monday.",
    "He declined to comment further, saying the matter was before the courts.",
    "Subscribers to the streaming service will see prices rise by $2 a month from January.",
    "Next, the committee will vote on the amendments tabled by the opposition.",
    "Die Polizei hat Anzeige erstattet; die Ermittlungen dauern an.",
    "Nach der Anzeige des Opfers ermittelt die Staatsanwaltschaft weiter nach der Anzeige gegen Unbekannt.",
    "Der Marktanteil von BMW in China ist im dritten Quartal deutlich gesunken.",
    "Die Datenschutzerklärung von Meta wurde von Verbraucherschützern scharf kritisiert.",
    "Er wollte mehr zum Thema nicht sagen und verwies auf die laufenden Ermittlungen.",
    "Die Bäckerei verkaufte in der Adventszeit mehr als 5000 Cookies und Lebkuchen.",
    "Sie können Ihre Einwilligung zur Organspende jederzeit widerrufen, sagte der Minister.",
    "Les parts de marché de Renault ont reculé en Europe au troisième trimestre.",
    "Il a refusé de partager davantage de détails sur l'enquête en cours.",
    "La publicité mensongère est punie par la loi, rappelle la DGCCRF.",
    "Vous pouvez lire aussi le rapport complet sur le site du ministère.",
    "Un client déjà abonné à Netflix paiera désormais deux euros de plus.",
    "La cuota de mercado de Seat en España cayó un 3% el año pasado.",
    "El presidente se negó a compartir más detalles sobre la investigación.",
    "Las noticias relacionadas con la DANA dominaron la portada de los periódicos.",
    "La quota di mercato di Stellantis in Italia è scesa al 30 per cento.",
    "Le notizie correlate al caso sono state rimosse dal sito del tribunale.",
    "A participação de mercado da empresa caiu para 12%, segundo a consultoria.",
    "O governo atingiu o limite de gastos previsto no orçamento deste ano.",
    "Het marktaandeel van Philips daalde in het derde kwartaal.",
    "Minister odmówił udostępnienia szczegółów śledztwa dziennikarzom.",
    "My i nasi partnerzy z NATO jesteśmy gotowi do działania - powiedział premier.",
    "Bakan, yeni düzenlemeyle ilgili ayrıntıları yarın paylaşacağını söyledi.",
    "Şirketin pazar payı geçen yıl yüzde 12'ye yükseldi.",
    "Министр отказался поделиться подробностями расследования.",
    "Актриса поспешила поделиться новостью с поклонниками.",
    "Реклама на телевидении подорожала на 20 процентов, сообщили аналитики.",
    "أعلنت الوزارة عن مشاركة أكثر من مئة دولة في المؤتمر.",
    "أصدر الرئيس إعلانا رسميا بشأن موعد الانتخابات.",
    "ناقش المؤتمر قضايا ذات صلة بالأمن الغذائي.",
    "该公司在中国智能手机市场的份额上升至百分之二十一。",
    "版权所有者对该平台提起诉讼，要求赔偿损失。",
    "他把照片分享到朋友圈后引发热议。",
    "外交部发言人发表评论称，中方对此表示坚决反对。",
    "关于我们的未来，他表示仍然充满信心。",
    "相关新闻发布会将于明天上午举行。",
    "同社の国内市場でのシェアは前年から3ポイント上昇した。",
    "警察は写真を無断転載した疑いで男を逮捕した。",
    "彼は手紙の続きを読むと、静かに涙を流した。",
    "人気歌手がXでポストした内容が話題になっている。",
    "정부는 관련 기사를 삭제해 달라고 요청했다.",
    "그는 기자들과 정보를 공유했다.",
    "Läs även rapporten från Riksbanken, uppmanade ministern.",
    "Regeringen vil dele sine planer med Folketinget i næste uge.",
    "Saken er klaget inn for brudd på Vær Varsom-plakaten.",
    "Úřad odmítl sdílet podrobnosti o vyšetřování.",
    "A kormány nem kívánta megosztani a részleteket.",
    "Copilul citește și scrie fluent la vârsta de cinci ani.",
    "Міністр відмовився поділитися подробицями розслідування.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στήριξη των επιχειρήσεων.",
    "Polisi belum ada komentar terkait kasus tersebut.",
    "Berita terkait korupsi itu menjadi sorotan publik.",
    "Nhiều ý kiến bạn đọc cho rằng chính sách này cần được xem xét lại.",
    "Tin liên quan đến vụ án đã được công bố.",
    "El Govern ha decidit compartir les dades amb els ajuntaments.",
    "העירייה הודיעה על שיתוף פעולה עם משרד החינוך בנושא.",
    "בתגובה לכך אמר השר כי ימשיך במאמצים.",
    "शेयर बाजार में आज भारी गिरावट दर्ज की गई।",
    "पुलिस ने लोगों से संपर्क करने की अपील की।",
    "Our progress: 50% of the work was loaded onto the new servers by Friday.",
    "Minister odmietol zdieľať podrobnosti vyšetrovania s novinármi.",
    "Ministar je odbio podijeliti pojedinosti istrage s novinarima.",
    "Министърът отказа да сподели подробности за разследването.",
    "اسٹاک مارکیٹ میں شیئر کی قیمتوں میں اضافہ ہوا۔",
    "শেয়ারবাজারে আজ লেনদেন বেড়েছে।",
    "وزیر گفت اشتراک اطلاعات با کشورهای همسایه ادامه دارد.",
    "تبلیغات انتخاباتی از هفته آینده آغاز می‌شود.",
    "Ministras atsisakė dalintis tyrimo detalėmis ir nekomentavo, ar prenumerata valstybės įstaigoms bus nutraukta.",
    "Kepykla per mugę pardavė daugiau nei 4000 sausainių, o Europos Komisija tiria, ar svetainės teisėtai naudoja slapukus.",
    "Ministrs atteicās dalīties ar izmeklēšanas detaļām un nekomentēja, vai abonements valsts iestādēm tiks pārtraukts.",
    "Pagariäri müüs laadal üle 4000 küpsise ning kasutame küpsiseid ka oma jõulukoogi põhjaks, ütles pagar.",
    "Za božično peko uporabljamo piškotke iz domače pekarne, je povedala gospodinja, prijava na tečaj pa je brezplačna.",
    "Министар је одбио да подели детаље истраге са новинарима, наводећи да ће полиција пратити све трагове.",
    "Pekara je prodala više od hiljadu kolačića, a pretplata na kablovsku poskupljuje od januara.",
    "Министерот одби да сподели детали од истрагата, а полицијата ќе ги следи сите траги.",
    "Reklama e re e kompanisë mori shumë komente në rrjetet sociale dhe ministria nuk ka ende koment.",
    "Die bakkery het meer as duisend koekies vir die feesseisoen verkoop, en intekening op betaal-TV word volgende maand duurder.",
    "Kampuni hiyo ilitoa tangazo la nafasi za kazi, huku wabunge wakitoa maoni yao kuhusu matumizi ya fedha za umma.",
    "Umabot sa ₱2 bilyon ang ginastos ng mga kandidato sa patalastas sa telebisyon, habang ilang netizen ang nag-iwan ng komento.",
    "தொலைக்காட்சி விளம்பரங்களுக்கான செலவு இந்த ஆண்டு 20 சதவீதம் உயர்ந்துள்ளது என்று சந்தை ஆய்வாளர்கள் தெரிவித்தனர்.",
    "निवडणुकीच्या काळात दूरचित्रवाणीवरील जाहिरातींचा खर्च वाढला असून, अनेक नेत्यांना सोशल मीडियावर लाखो लोक फॉलो करतात.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_prose_is_clean(lx, text):
    assert lx.label(text) is None
    assert lx.phrases(text) == []


# -- selection, helpers, robustness -------------------------------------------


def test_language_selection():
    de = Lexicon.load(["de-AT"])
    assert de.languages == ("de",)
    assert de.label("Teilen") == "share"
    assert de.label("Facebook") == "share"  # language-neutral entries come along
    assert de.label("Share this article") is None
    assert Lexicon.load(["zh-cn", "zh-tw"]).languages == ("zh",)
    assert Lexicon.load(["nb"]).languages == ("no",)
    assert Lexicon.load(["xx"]).label("Facebook") == "share"  # unknown: neutral entries only
    assert Lexicon.load(["de"]) is Lexicon.load(("de",))


def test_languages_of(lx):
    assert "de" in lx.languages_of("share", "Teilen")
    assert lx.languages_of("related", "lesen sie auch:") == ("de",)
    assert lx.languages_of("share", "no such thing") == ()


def test_no_catastrophic_backtracking(lx):
    # Long near-misses must stay linear; a blow-up would hang here.
    for text in (
        "we use " * 5000,
        "read - - - " * 3000,
        "a" * 50000,
        "本网站使用 " * 5000,
        "اقرأ " * 5000,
    ):
        lx.phrases(text)
        lx.label(text)


# -- precomputed lexicon (data/lexicon.bin) -------------------------------------


def test_committed_blob_equals_a_fresh_build():
    """data/lexicon.bin can never drift from the phrase files: rebuild it with
    `python tools/build_lexicon.py` after editing them or the lexicon module."""
    import marshal

    from newsclean.lexicon import BLOB_PATH, _sre_key, build_blob

    committed = marshal.loads(BLOB_PATH.read_bytes())
    fresh = build_blob()
    assert committed["digest"] == fresh["digest"], "stale: run python tools/build_lexicon.py"
    assert {k: v for k, v in committed.items() if k != "compiled"} == {k: v for k, v in fresh.items() if k != "compiled"}
    compiled = committed["compiled"]
    if compiled is not None and fresh["compiled"] is not None and compiled["key"] == _sre_key():
        assert compiled == fresh["compiled"]


def test_blob_lexicon_equals_parsed_lexicon():
    from newsclean.lexicon import _load_blob, _load_cached

    assert _load_blob() is not None
    for key in (None, ("de",), ("zh",), ("xx",)):
        fast = _load_cached.__wrapped__(key)
        slow = Lexicon.from_directory(PHRASE_DIR, key)
        assert fast.languages == slow.languages
        # The tables first: reading the entries rebuilds them from the entries.
        assert fast.labels == slow.labels
        assert fast.phrase_list == slow.phrase_list
        assert fast._max_label_chars == slow._max_label_chars
        assert fast.entries == slow.entries
        assert [(c.key, c.kept, c.other) for c in fast.conflicts] == [(c.key, c.kept, c.other) for c in slow.conflicts]
        assert fast.regex.pattern == slow.regex.pattern
    fast, slow = _load_cached.__wrapped__(None), Lexicon.from_directory(PHRASE_DIR)
    assert fast._prebuilt is not None
    text = "Share this article. Sign up for our newsletter! 分享到微信 · Teilen Sie diesen Artikel · Подпишитесь на рассылку"
    assert fast.phrases(text) == slow.phrases(text) != []


def test_stale_or_missing_blob_falls_back_to_the_files(tmp_path, monkeypatch):
    import marshal

    import newsclean.lexicon as lexmod

    monkeypatch.setattr(lexmod, "BLOB_PATH", tmp_path / "missing.bin")
    assert lexmod._load_blob() is None
    assert lexmod._load_cached.__wrapped__(None).entries == Lexicon.from_directory(PHRASE_DIR).entries
    blob = marshal.loads((PHRASE_DIR.parent.parent / "data" / "lexicon.bin").read_bytes())
    blob["digest"] += " edited"
    stale = tmp_path / "stale.bin"
    stale.write_bytes(marshal.dumps(blob))
    monkeypatch.setattr(lexmod, "BLOB_PATH", stale)
    assert lexmod._load_blob() is None
    monkeypatch.setattr(lexmod, "BLOB_PATH", tmp_path / "garbage.bin")
    (tmp_path / "garbage.bin").write_bytes(b"\x00not marshal")
    assert lexmod._load_blob() is None


def test_digest_changes_when_a_phrase_file_changes(tmp_path):
    import shutil

    from newsclean.lexicon import _source_digest

    for p in PHRASE_DIR.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    before = _source_digest(tmp_path)
    with open(tmp_path / "en.txt", "a", encoding="utf-8") as f:
        f.write("\n[share]\n= share it now please\n")
    assert _source_digest(tmp_path) != before


def test_foreign_compiled_code_is_ignored():
    from newsclean.lexicon import _load_blob, _regex_from_prebuilt

    blob = _load_blob()
    foreign = dict(blob["compiled"], key="another interpreter")
    rx = _regex_from_prebuilt(blob["pattern"], foreign)
    assert rx.pattern == blob["pattern"]
    broken = dict(blob["compiled"], code=b"\x01\x02\x03\x04")
    assert _regex_from_prebuilt(blob["pattern"], broken).pattern == blob["pattern"]


def test_alternatives_in_a_label_expand_to_every_combination():
    from newsclean.lexicon import expand_alternatives

    assert expand_alternatives("{the |}{latest|popular} posts") == [
        "the latest posts",
        "the popular posts",
        "latest posts",
        "popular posts",
    ]
    assert expand_alternatives("plain label") == ["plain label"]


@pytest.mark.parametrize(
    "line",
    ["Trending Posts", "You might also like", "Die meistgelesenen Artikel", "Neueste Beiträge", "Articles similaires",
     "Noticias relacionadas", "Articoli correlati", "Похожие статьи"],
)
def test_related_list_headings_are_labels(line):
    from newsclean.lexicon import Lexicon

    assert Lexicon.load().label(line) == "related"


@pytest.mark.parametrize(
    ("line", "category"),
    [("Print Email", "share"), ("Impressum Datenschutz Kontakt", "footer"),
     ("Cookie-Einstellungen Ablehnen Akzeptieren", "consent"), ("Share it", "share"),
     ("Email this post", "share"), ("Share on Tumblr", "share"), ("Erforderliche Cookies", "consent"),
     ("Tweet Pin It", "share"), ("Older Post Home", "nav"), ("Subscribe Now Sign In", "subscribe"),
     ("Comentar este artículo 1 comentario", "comments"), ("Share 12 Tweet 3 Email", "share"),
     ("Datenschutzerklärung Zulassen Ablehnen", "consent"), ("| Email Post", "share"), ("Retweet", "share"),
     ("Print This Post • 4 Comments", "share"), ("E-mail this to:", "share"),
     ("Kontakt Regulamin Polityka prywatności Polityka plików cookie Mapa witryny", "footer"),
     # A pager's arrows at the ends are no menu's separators: the words between are the labels.
     ("‹ Anterior   Siguiente ›", "nav"), ("« Zurück   Weiter »", "nav"), ("◀ 이전   다음 ▶", "nav"),
     ("X Facebook LINE はてな", "share"), ("שיתוף בוואטסאפ", "share"),
     ("כתבות נוספות שיעניינו אותך", "related"), ("Us pot interessar:", "related"),
     ("Cargar más actualizaciones", "nav"), ("Load more updates", "nav"), ("Have your say", "comments"),
     ("Work email", "newsletter"), ("URL복사", "share")],
)
def test_bars_of_labels_and_share_wording(line, category):
    from newsclean.lexicon import Lexicon

    assert Lexicon.load().label(line) == category


@pytest.mark.parametrize("line", ["Breaking News Tonight", "Video Games", "Home Office", "Print 3 copies",
                                  "x 4,16 x", "Obama 3 McCain"])
def test_headlines_with_a_label_word_are_not_labels(line):
    from newsclean.lexicon import Lexicon

    assert Lexicon.load().label(line) is None


@pytest.mark.parametrize(
    "text",
    [
        "Diese Website benutzt Cookies. Wenn Sie fortfahren, erklären Sie sich mit der Verwendung von Cookies einverstanden.",
        "Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu.",
        "Your privacy is important to us. We never sell your data.",
        "Ce site utilise des cookies pour améliorer votre expérience.",
        "Este sitio web utiliza cookies propias y de terceros.",
        "Mehr Informationen zum Umgang mit Cookies",
        "I understand that registration on or use of this site constitutes agreement to its terms.",
        "Privacy statement. Using this site means you accept its terms.",
        "Speichert Ihre Einwilligung zur Verwendung von Cookies. 1 Jahr",
        "The cookie settings on this website are set to allow cookies to give you the best experience.",
        "RTV Dijkland gebruikt cookies en vergelijkbare technieken om de website goed te laten werken.",
        "Szanowny Użytkowniku, zanim klikniesz „Przejdź do serwisu”, zapoznaj się z informacjami.",
        "We will process your data in line with our privacy policy.",
        "He leído y acepto la política de privacidad",
        "Ja, ich habe die Datenschutzerklärung gelesen und bin damit einverstanden.",
    ],
)
def test_consent_sentences_written_as_alternatives_are_found(text):
    from newsclean.lexicon import Lexicon

    assert [category for category, _ in Lexicon.load().phrases(text)][:1] == ["consent"]


@pytest.mark.parametrize("text", ["LEA MÁS: El puerto amplía su horario", "VEA TAMBIÉN: Cierra el puente viejo"])
def test_spanish_inline_teasers_are_related_links(text):
    from newsclean.lexicon import Lexicon

    assert [category for category, _ in Lexicon.load().phrases(text)][:1] == ["related"]


def test_a_name_before_a_colon_is_not_a_spanish_teaser():
    # "Lee:" / "Lea:" open interview answers and headlines ("Hyeonseo Lee: …").
    from newsclean.lexicon import Lexicon

    assert Lexicon.load().phrases("Lee: I left in 1997, when I was seventeen.") == []
    # Nor "Lea:" or "Mira:" (first names in many languages), though Spanish
    # sites open teasers with them too.
    assert Lexicon.load().phrases("Lea: Ich habe 2019 angefangen zu schreiben.") == []
    assert Lexicon.load().phrases("Mira: Je suis arrivée en 2015.") == []


def test_soft_hyphens_do_not_hide_a_label_or_a_phrase():
    from newsclean.lexicon import Lexicon

    lexicon = Lexicon.load()
    assert lexicon.label("Daten\u00adschutz") == lexicon.label("Datenschutz") is not None
    assert lexicon.phrases("Wir ver\u00adwenden Cookies, um Ihnen")[:1] == lexicon.phrases("Wir verwenden Cookies, um Ihnen")[:1]


@pytest.mark.parametrize(("text", "category"), [
    # es
    ("Para comentar debes registrarte y completar los datos.", "comments"),
    ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "subscribe"),
    ("¿Sabías que tenemos canal de Telegram? Únete aquí.", "follow"),
    ("MIRE: El puerto amplía su horario", "related"),
    # pt, pl: inline teasers
    ("LEIA TAMBÉM: Porto amplia horário de funcionamento", "related"),
    ("Czytaj też: Port wydłuża godziny pracy", "related"),
    # en
    ("Receive new posts directly delivered to your inbox", "newsletter"),
    ("Enter your email below to receive future announcements.", "newsletter"),
    ("Get the latest news straight to your phone with the Courier app.", "app"),
    ("Download the Courier apps for iOS and Android.", "app"),
    ("Subscribe now to our digital edition for the full story.", "subscribe"),
    # de, fr
    ("Das könnte Dich auch noch interessieren", "related"),
    ("Empfehlungen aus der Redaktion", "related"),
    ("Dieser Artikel gefällt Ihnen?", "subscribe"),
    ("Externer Inhalt", "consent"),
    ("Die wichtigsten News direkt in dein Postfach!", "newsletter"),
    ("Tous nos derniers podcasts dans votre boîte mail.", "newsletter"),
    # pl
    ("Dołącz do naszej społeczności i wykup dostęp do strefy premium", "subscribe"),
    ("© Licencja na publikację", "footer"),
    ("Je fais un don", "subscribe"),
    # WordPress's share and like widgets, in English and German
    ("Like this:", "share"),
    ("Teilen Sie dies mit:", "share"),
    ("Gefällt mir Wird geladen …", "share"),
    ("Verwandte Links", "related"),
    ("Bisher keine Kommentare", "comments"),
    ("Diese Seite teilen", "share"),
    ("Weitere Pressemitteilungen", "related"),
    # recommendations, feedback questions and blog-theme furniture
    ("Für dich empfohlen", "related"),
    ("Das Thema könnte dich auch interessieren:", "related"),
    ("Zurück zu allen Meldungen", "nav"),
    ("Fanden Sie diesen Artikel nützlich?", "comments"),
    ("Artikel gefallen? Vergiss nicht zu teilen!", "share"),
    ("Tagged:", "nav"),
    ("No Responses so far »", "comments"),
    ("Lesen Sie hier: Neue Brücke für den Hafen", "related"),
    ("Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für externe Links.", "footer"),
    ("To view the full story, please subscribe to The Harbour Times.", "subscribe"),
    # Widespread components: Cookiebot's, Cookie Information's and the Moove
    # Wordpress plugin's consent texts; the Wordpress and Wordpress.com comment forms.
    ("Necessary cookies help make a website usable by enabling basic functions like page navigation.", "consent"),
    ("Marketing cookies are used to track visitors across websites.", "consent"),
    ("Statistik-Cookies helfen Webseiten-Besitzern zu verstehen, wie Besucher mit Webseiten interagieren.", "consent"),
    ("Präferenz-Cookies ermöglichen einer Webseite sich an Informationen zu erinnern.", "consent"),
    ("Unbedingt erforderliche Cookies tragen dazu bei, dass sich die User auf der Website bewegen können.", "consent"),
    ("Hier klicken, um Google Analytics zu aktivieren/deaktivieren.", "consent"),
    ("We fully respect if you want to refuse cookies but to avoid asking you again and again.", "consent"),
    ("We also use different external services like Google Webfonts, Google Maps, and external Video providers.",
     "consent"),
    ("Die Änderungen werden nach einem Neuladen der Seite wirksam.", "consent"),
    ("Fill in your details below or click an icon to log in:", "comments"),
    ("You are commenting using your WordPress.com account. ( Log Out / Change )", "comments"),
    ("Connecting to %s", "comments"),
    ("Du kommentierst mit Deinem Twitter-Konto. ( Abmelden / Ändern)", "comments"),
    ("Verbinde mit %s", "comments"),
    ("Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "comments"),
    ("Notify me of new posts via email.", "comments"),
    ("Vous commentez à l’aide de votre compte WordPress.com. ( Déconnexion / Changer )", "comments"),
    ("Estás comentando usando tu cuenta de WordPress.com. ( Cerrar sesión / Cambiar )", "comments"),
    ("Komentujesz korzystając z konta WordPress.com. ( Wyloguj / Zmień )", "comments"),
    ("Wortspuren hinterlassen... Antwort abbrechen", "comments"),
    ("Join the conversation Cancel reply", "comments"),
    ("Post a New Comment", "comments"),
    ("Deja una respuesta", "comments"),
    ("Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
     "comments"),
    ("Salvar meu nome, email e site neste navegador para a próxima vez que eu comentar.", "comments"),
    ("Beitragsnavigation", "nav"),
    ("About the Author", "footer"),
    ("Über die Autorin", "footer"),
    ("Sobre el autor", "footer"),
    ("Post navigation", "nav"),
    ("Navegación de entradas", "nav"),
    ("Dieser Eintrag wurde in News veröffentlicht. Setzte ein Lesezeichen permalink.", "nav"),
    # A link to report an error, a newsletter's forward button, footer and sign-up consent, a sponsor's label
    ("Zgłoś błąd", "footer"),
    ("Pranešti apie klaidą", "footer"),
    ("举报/反馈", "footer"),
    ("Fehler melden", "footer"),
    ("Encaminhe para um amigo", "share"),
    ("Você recebeu este e-mail porque se cadastrou em gazeta.example.", "newsletter"),
    ("Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.", "newsletter"),
    ("Zapisując się, akceptujesz regulamin i politykę prywatności.", "newsletter"),
    ("¿Te ha gustado? Recibe cada viernes en tu correo las mejores entrevistas.", "newsletter"),
    ("Urmărește Monitorul de Vest și pe Google News", "follow"),
    ("**Oferecimento**", "advert"),
    # The IAB framework's consent banner
    ("Wir und unsere 212 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu", "consent"),
    ("Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil.", "consent"),
    ("Noi e i nostri partner archiviamo e/o accediamo a informazioni su un dispositivo.", "consent"),
    ("Wir brauchen Ihre Zustimmung", "consent"),
    # An author card's link to the author's other articles
    ("Все публикации автора", "follow"),
    ("Alle Artikel der Autorin", "follow"),
    ("Tous les articles de l'auteur", "follow"),
    # A local paper's tip line, a newsletter's sponsor
    ("Masz informacje w tej sprawie? Napisz do nas: redakcja@gazeta.example", "follow"),
    ("**Партнер випуску:** Кав'ярня «Мельниця» — друга кава безкоштовно", "advert"),
    # A video player's advertisement
    ("Reclama se va încheia în 5 secunde", "advert"),
    ("يمكنك تخطي الإعلان بعد 5 ثوانٍ", "advert"),
    # Skip links, most-read headings, author cards, paywall boxes, galleries, recipe plugins
    ("Hoppa till innehållet", "nav"),
    ("Mest läst just nu", "related"),
    ("Voir tous ses articles", "follow"),
    ("Pokračovanie článku je dostupné len pre predplatiteľov", "subscribe"),
    ("Už máte predplatné? Prihláste sa", "signin"),
    ("Pogledaj cijelu galeriju", "nav"),
    ("4,8 (326 oy) | Tarifi Kaydet | Yazdır", "share"),
    ("★★★★☆ 4,6 (214 Bewertungen) · Jetzt bewerten", "comments"),
    ("※このメールは送信専用です。返信いただいてもお答えできません。", "newsletter"),
    ("ΜΕ ΤΗΝ ΥΠΟΣΤΗΡΙΞΗ ΤΟΥ", "advert"),
    # A live blog's key events, an author card's follow button
    ("주요 장면", "nav"),
    ("Diễn biến chính", "nav"),
    ("Kluczowe wydarzenia", "nav"),
    ("Obserwuj autorkę", "follow"),
    # An embedded post's skip links and consent prompt
    ("[Skip X post by Kelsby RNLI]", "consent"),
    ("Allow Instagram content?", "consent"),
    # A GDPR notice over a Polish site
    ("Szanowny Użytkowniku, zanim przejdziesz do serwisu, prosimy o zapoznanie się z informacjami", "consent"),
    # A recipe's or a product's readers' reviews
    ("Avis (312)", "comments"),
    ("Valoraciones", "comments"),
    # Google's consent notice on the blogs it hosts; share buttons without a preposition
    ("Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie.", "consent"),
    ("Поделиться ВКонтакте · Telegram", "share"),
    # An embedded post's buttons: a share bar's, not a comment section's heading
    ("View this post on Instagram", "share"),
    ("Lire 96 réponses", "share"),
    ("X에서 보기 · ♡ 8,921 · 답글 · 링크 복사", "share"),
    ("4.812 gostos · Ver todos os 312 comentários", "share"),
    # Probe pages: a consent button, a subscribe button, teaser lines
    ("Only necessary", "consent"),
    ("Абонирай се", "subscribe"),
    ("Читать также: Зонд «Горизонт-2» передал первые снимки астероида", "related"),
    ("כתבות נוספות שיעניינו אתכם: חברת הרובוטיקה החקלאית נרכשה", "related"),
    # Two written forms of one phrase, apart by a space between Hangul words
    ("관련 기사: 농어촌 버스 노선 줄줄이 폐지", "related"),
    ("관련기사: 농어촌 버스 노선 줄줄이 폐지", "related"),
    # A consent banner's sentence run together with its heading or buttons
    ("We value your privacy. We and our 187 partners store and access information on your device, such as cookies, "
     "to show personalised ads and content. Accept all Reject all Manage preferences", "consent"),
    ("Szanujemy Twoją prywatność. Wraz z naszymi Zaufanymi Partnerami przetwarzamy dane osobowe.", "consent"),
    ("Vaše súkromie je pre nás dôležité. Na zlepšenie našich služieb používame súbory cookies.", "consent"),
    ("Distribuie pe Facebook Distribuie pe WhatsApp Trimite pe e-mail", "share"),
    # A newsroom's tip line; a player's notice that a machine voiced the article
    ("Tem uma denúncia ou flagrante? Envie fotos e vídeos para o WhatsApp da TV Vale: (62) 99999-0000", "footer"),
    ("Ai o informație despre un subiect de interes public? Trimite-ne un mesaj pe WhatsApp", "footer"),
    ("Got a story tip? Email us at tips@harbourtimes.example", "footer"),
    ("Har du et tip til en historie? Svar på denne mail", "footer"),
    ("Vorlesefunktion: Diese Audioversion wurde künstlich erzeugt.", "nav"),
    ("Озвучено штучним інтелектом", "nav"),
    ("इस खबर को सुनें", "nav"),
    ("この記事は役に立ちましたか？ はい いいえ", "comments"),
    ("Передплатіть журнал, щоб отримувати його поштою.", "subscribe"),
    # An e-mail edition's furniture, as more mailers word it
    ("Visa det här mejlet i webbläsaren", "newsletter"),
    ("Tipsa en vän om Fjällbrevet", "newsletter"),
    ("Xem bản tin trên trình duyệt", "newsletter"),
    ("Bạn nhận được email này vì đã đăng ký Bản tin Khí hậu của Báo Hải Triều.", "newsletter"),
    ("مشاركة على فيسبوك مشاركة على إكس", "share"),
    ("진하람 기자의 다른 기사 보기 구독", "related"),
    ("Sedang dibaca: Status Gunung Parahu turun ke Waspada", "nav"),
    ("Har du fået nyhedsbrevet videresendt? Tilmeld dig her – det er gratis.", "newsletter"),
    ("Hent appen Fynsk Mad og få ugebrevet direkte på din telefon. Hent i App Store · Hent i Google Play", "app"),
    # The table of an e-mail edition's items; its furniture in Lithuanian
    ("In this issue", "related"),
    ("DALAM EDISI INI", "related"),
    ("W tym wydaniu", "related"),
    ("Jei laiškas rodomas netinkamai, atidarykite jį naršyklėje", "newsletter"),
    ("Šį laišką gavote, nes užsiprenumeravote „Energijos savaitė“ naujienlaiškį.", "newsletter"),
    # Texts saved by other routes: a print view, a feed reader, WordPress's feed footer
    ("Printed on: 14 July 2024, 10:42 AM", "nav"),
    ("Gedruckt am: 05.10.2023, 14:22 Uhr", "nav"),
    ("Marcar como leído", "nav"),
    ("The post Harbour bridge to close for two years appeared first on Harbour Times.", "footer"),
    ("La entrada El Atlético remonta en Montealto se publicó primero en El Marcador.", "footer"),
    ("Do you have a story for us? Email newsdesk@harbourtimes.example", "footer"),
    ("Zobacz tę wiadomość w przeglądarce", "newsletter"),
    ("W numerze: rozmowa z Ireną Szczodrowską · premiery tygodnia · konkurs na wejściówki", "related"),
    ("Video Oynat", "nav"),
    ("Reklam 5 sn sonra geçilebilir", "advert"),
    ("読了時間：約6分", "nav"),
    ("阅读时间：5分钟", "nav"),
    # What sits between an article's paragraphs: an embedded post's buttons, a paywall's cut,
    # a newsletter's other items and its mailer lines
    ("Jaa Facebookissa Jaa X:ssä Kopioi linkki", "share"),
    ("Näytä tämä julkaisu Instagramissa", "share"),
    ("いいね！1,284件", "share"),
    ("Det här är en låst artikel", "subscribe"),
    ("Du har läst gratis så långt det går. Bli prenumerant för 1 krona första månaden.", "subscribe"),
    ("TOVÁBBI HÍREINK", "related"),
    ("Bu bülteni beğendiniz mi? 👍 Evet · 👎 Hayır", "newsletter"),
    ("Abonelikten çık · E-posta tercihlerini güncelle", "newsletter"),
    ("Show 14 earlier updates", "nav"),
    ("查看全部评论", "comments"),
    # Page chrome of the probe of 2026-12-06: a recipe's pin button among its jump and print buttons,
    # a Czech consent banner and e-mail box, an obituary's condolence form, a closed comment
    # section, boxes of other stories, a columnist's follow button, Korean text-size buttons,
    # a Hindi channel's join button, a Persian copy button, a Turkish shop box and video plea
    ("Aller à la recette Imprimer la recette Épingler sur Pinterest", "share"),
    ("Le contenu continue après la publicité", "advert"),
    ("Vážíme si vašeho soukromí", "consent"),
    ("Pro měření návštěvnosti a personalizaci reklam využíváme soubory cookie.", "consent"),
    ("Odebírat", "newsletter"),
    ("Nome e cognome Messaggio Invia", "comments"),
    ("Os comentários estão desativados neste artigo.", "comments"),
    ("Mais explicadores", "related"),
    ("Ezeket is ajánljuk", "related"),
    ("Följ skribent", "follow"),
    ("글씨키우기 글씨줄이기 인쇄 스크랩 카카오톡 페이스북 X URL복사", "share"),
    ("다른기사 보기", "related"),
    ("अभी जुड़ें", "follow"),
    ("لینک کوتاه چاپ کپی", "share"),
    ("Mağazaya git", "advert"),
    ("* Fiyatlar bilgi amaçlıdır, bağlantılardan yapılan alışverişlerden komisyon alabiliriz.", "advert"),
    ("YouTube kanalımıza abone olmayı unutmayın!", "follow"),
    ("Ver todos los resultados", "nav"),
    ('לכל הכתבות של ד"ר מיכל אברבנאל עקבו', "related"),
    ("הכתבה נפתחה עבורך במתנה על ידי מנוי/ה של העיתון", "subscribe"),
    ("राजस्थान की हर बड़ी खबर सबसे पहले पाने के लिए हमारे WhatsApp चैनल से जुड़ें", "follow"),
    ("برای دریافت سریع اخبار، به کانال ما در ایتا و تلگرام بپیوندید.", "follow"),
    ("Последвайте ни в Google News и Telegram, за да научавате първи новините.", "follow"),
    ("Ved tilmelding accepterer du vores privatlivspolitik.", "newsletter"),
    ("Saat rajattoman pääsyn kaikkiin juttuihin ja näköislehteen.", "subscribe"),
    ("Facebook Zalo Sao chép liên kết Theo dõi trên Google News", "share"),  # a label of five words in the row
    ("Czytaj więcej w aplikacji Kuriera. Powiadomienia o zagrożeniach w górach.", "app"),
    ("Alle Kolumnen von Regula Imhof", "related"),
    ("Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous.", "subscribe"),
    ("Unirme al canal", "follow"),
    ("Wij gebruiken functionele en analytische cookies om de website goed te laten werken.", "consent"),
    ("🎧 Beluister ook: Kennisdag Podcast, aflevering 112", "related"),
    ("Ja, ik doneer", "subscribe"),
    ("Haberin devamı aşağıdadır", "advert"),
    ("立即加入", "follow"),
    ("Ouça este conteúdo", "nav"),
    # A newsletter box's small print and pitch, a channel's button (from a holdout probe, after its scoring)
    ("We use your sign-up to provide content in ways you've consented to. Read our Privacy Notice", "newsletter"),
    ("Svarbiausios dienos naujienos – jūsų el. pašte. Kiekvieną rytą atsiųsime santrauką.", "newsletter"),
    ("Entrar no canal", "follow"),
])
def test_prompts_and_headings_by_language(text, category):
    from newsclean.lexicon import Lexicon

    lexicon = Lexicon.load()
    found = lexicon.label(text) or next((c for c, _ in lexicon.phrases(text)), None)
    assert found == category


@pytest.mark.parametrize("line", [
    "Subscribe Privacy Policy (updated) Terms of Service Cookie Policy Careers Contact Us Where to Watch Cookie Settings",
    "Über uns Impressum Datenschutz AGB Kontakt Mediadaten Jobs bei uns Cookie-Einstellungen",
])
def test_a_footer_of_links_in_one_line_with_some_unknown_words_is_footer(line):
    from newsclean.lexicon import Lexicon

    assert Lexicon.load().footer_row(line) in ("footer", "consent")


@pytest.mark.parametrize("line", [
    "Top Global Topics on Facebook and Twitter Privacy Policy Terms of Service discussed today",
    "The new privacy policy and terms of service take effect, the company said. Contact us for more.",
    "Privacy Policy Terms of Service",  # too short: the label run's case
])
def test_headlines_and_sentences_that_name_footer_links_are_not_footer_rows(line):
    from newsclean.lexicon import Lexicon

    assert Lexicon.load().footer_row(line) is None


@pytest.mark.parametrize("line, category", [
    ("Partager l'article", "share"), ("Partager l’article", "share"), ("S’inscrire", "signin"),
    ("Lettre d'information", "newsletter"), ("Leggi l'articolo", "related"), ("You're subscribed", "newsletter"),
])
def test_labels_with_an_apostrophe_match_either_apostrophe(lx, line, category):
    assert lx.label(line) == category


# French, Italian and Catalan elide a word before a vowel ("l'article"). Text
# is matched without its apostrophes ("larticle"), so an entry written with a
# space instead ("l article") could never match: the data must keep them.
_ELISION_WRITTEN_AS_SPACE = {
    "fr": r"(?<![\w'’])(?:l|d|j|m|n|s|qu|jusqu|lorsqu|puisqu) (?=[aeiouyhàâéèêîôû])",
    "it": r"(?<![\w'’])(?:l|dell|all|nell|sull|dall|quest|quell) (?=[aeiouhàèéìòù])",
    "ca": r"(?<![\w'’])(?:l|d) (?=[aeiouhàèéíòóú])",
}


@pytest.mark.parametrize("lang", sorted(_ELISION_WRITTEN_AS_SPACE))
def test_elided_words_keep_their_apostrophe_in_the_data(lang):
    import re

    pattern = re.compile(_ELISION_WRITTEN_AS_SPACE[lang])
    lines = (PHRASE_DIR / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    bad = [line for line in lines if line[:2] in ("= ", "~ ") and pattern.search(line[2:])]
    assert bad == []


_LABELS_THIRTY_SECOND_SESSIONS = [
    # Page chrome of the thirty-second session's probes: share and follow bars
    # with a messenger or a bookmark button, app and paywall buttons, a
    # newsletter's pitch, a live blog's refresh note.
    ("Partager sur Facebook Partager sur X Envoyer par e-mail Copier le lien", "share"),  # fourteen words in a run
    ("ポスト シェア LINEで送る B!ブックマーク", "share"),
    ("تلگرام واتساپ ایکس ایتا", "share"),
    ("Google News'te Abone Ol", "follow"),
    ("Facebook LINE OA TikTok Instagram", "follow"),
    ("Baixar na App Store Disponível no Google Play", "app"),
    ("Chci předplatné", "subscribe"),
    ("Pretplati se", "newsletter"),
    ("Intră pe canal", "follow"),
    ("Meld je aan voor onze gratis nieuwsbrief.", "newsletter"),
    ("Logg inn Les alt for 1 kr", "signin"),
]


_LABELS_THIRTY_THIRD_SESSIONS = [
    # Page chrome of the thirty-third session's probes: share bars with a
    # local network's button, a consent banner's and a recipe card's buttons,
    # a paywall's and a newsletter's buttons, a push alert's.
    ("Udostępnij: Facebook X Wykop", "share"),
    ("Dalīties Facebook X WhatsApp Draugiem.lv", "share"),
    ("Súhlasím so všetkým Odmietnuť Nastavenia", "consent"),
    ("Imprimer la recette Noter la recette", "share"),
    ("Bekijk de abonnementen", "subscribe"),
    ("Ja, slå på varsler Nei takk", "app"),
    ("Пријави ме", "newsletter"),
    ("Όλα τα άρθρα του συντάκτη", "related"),
    ("Comunicar erro Receba notícias por e-mail", "footer"),
    ("Sfoglia la gallery", "nav"),
    ("ФОТО-ГАЛЕРИЈА", "nav"),
    ("Deli na Facebooku Deli na X Pošlji po e-pošti", "share"),
    ("Sekot", "follow"),
    ("Note : 4,7/5 (268 avis)", "comments"),  # a recipe's mark and its count of reviews, whatever the figures
    ("Note : 4/5 (12 avis)", "comments"),
]


_PHRASES_THIRTY_THIRD_SESSIONS = [
    # A free article's pitch for the paid tier, a support pitch, an opinion
    # column's disclaimer, an app's and a channel's prompt.
    ("Sie lesen diesen Artikel kostenlos. Unterstützen Sie unabhängigen Lokaljournalismus – mit LK+ lesen Sie alles.",
     "subscribe", "sie lesen diesen artikel kostenlos"),
    ("Caro lettore, l'informazione locale ha un costo. Sostieni il Corriere: con l'abbonamento digitale leggi tutto.",
     "subscribe", "l'informazione locale ha un costo"),
    ("Οι απόψεις του αρθρογράφου δεν απηχούν απαραίτητα τις θέσεις της εφημερίδας.", "footer", "δεν απηχούν απαραίτητα"),
    ("El Diario no se hace responsable de las opiniones expresadas por sus colaboradores.",
     "footer", "no se hace responsable de las opiniones"),
    ("Leggi la Gazzetta ovunque: scarica l'app gratuita per iPhone e Android", "app", "scarica l'app gratuita"),
    ("Olvassa a Pénzvilágot útközben is! Töltse le ingyenes alkalmazásunkat.", "app", "töltse le ingyenes alkalmazásunkat"),
    ("The controller of your personal data is Riverside Media Ltd.", "consent", "the controller of your personal data is"),
]


_LABELS_THIRTY_FOURTH_SESSIONS = [
    # Share bars with a language's own buttons beside the platforms' names.
    ("Zdieľať Facebook X Odoslať e-mailom", "share"),
    ("Сподели във Facebook Изпрати по Viber", "share"),
    ("Facebook X WhatsApp Telegram Correu", "share"),
    ("แชร์ผ่าน LINE Facebook X คัดลอกลิงก์", "share"),
    ("A- A+ Chia sẻ Lưu", "share"),
    # A recipe's buttons, log-in and subscribe links, a player's, a comment section's heading.
    ("Hop til opskrift Print opskrift", "nav"),
    ("Przejdź do przepisu Wydrukuj przepis Zapisz na Pintereście", "share"),
    ("התחברות הצטרפו למינוי", "signin"),
    ("Afspelen Alle afleveringen", "nav"),
    ("Descárgala en Google Play App Store", "app"),
    ("Užuojautos (3)", "comments"),
    ("Kõik autori artiklid", "follow"),
]


@pytest.mark.parametrize(("line", "phrase"), [
    ("Video unavailable — enable cookies to play", "enable cookies to play"),
    ("Videon toisto edellyttää evästeiden hyväksymistä.", "videon toisto edellyttää"),
    ("Um das Video abzuspielen, stimmen Sie bitte den Cookies zu.", "um das video abzuspielen"),
    ("Pour voir cette vidéo, acceptez les cookies.", "pour voir cette vidéo, acceptez"),
])
def test_a_players_notice_that_waits_for_consent_is_a_consent_phrase(line, phrase):
    assert ("consent", phrase) in Lexicon.load().phrases(line)


@pytest.mark.parametrize(("line", "phrase"), [
    ("Masz zdjęcia lub film z miejsca zdarzenia? Wyślij je do nas na alarm@example.pl", "masz zdjęcia lub film"),
    ("Haben Sie einen Hinweis für uns? Schreiben Sie an redaktion@example.de", "haben sie einen hinweis für uns"),
    ("Envíanos tus fotos del temporal por WhatsApp", "envíanos tus fotos"),
])
def test_a_newsrooms_call_for_tips_is_a_footer_phrase(line, phrase):
    assert ("footer", phrase) in Lexicon.load().phrases(line)


def test_a_paywalls_meter_is_a_phrase_a_sentence_about_free_articles_is_not():
    assert ("subscribe", "gratis artiklar den här månaden") in Lexicon.load().phrases(
        "Du har läst 2 av 3 gratis artiklar den här månaden.")
    assert Lexicon.load().label("Partager sur Facebook et sur X, puis envoyer le lien à un ami") is None


def test_a_columns_call_for_replies_is_a_footer_phrase():
    assert ("footer", "skicka din replik till") in Lexicon.load().phrases(
        "Vill du svara på krönikan? Skicka din replik till debatt@mittbladet.se. Max 2 500 tecken.")


@pytest.mark.parametrize(("line", "category"), [
    ("لینک کوتاه: negahrooz.ir/x8k2", "share"),  # an article's short link
    ("【PR】ミナトテックではSREを募集中です。", "advert"),  # a hiring box in a tech blog
])
def test_a_short_link_and_a_marked_promotion_are_phrases(line, category):
    assert category in {c for c, _ in Lexicon.load().phrases(line)}


_LABELS_THIRTY_FIFTH_SESSIONS = [
    ("Del innlegg", "share"),
    ("Vis eldre innlegg", "nav"),
    ("Încarcă mai multe actualizări", "nav"),
    ("Bli Plus-kund", "subscribe"),
    ("Aloita tilaus", "subscribe"),
    ("Присъединете се", "follow"),
    ("Vos choix concernant l'utilisation de cookies", "consent"),
    ("Godta alle Avvis Administrer valg", "consent"),
]


_PHRASES_THIRTY_FIFTH_SESSIONS = [
    ("Reklama zakończy się za 5 s", "advert", "reklama zakończy się za"),
    ("Reageren op dit artikel is niet meer mogelijk.", "comments", "reageren op dit artikel is niet meer mogelijk"),
    ("Al suscribirte aceptas nuestra política de privacidad.", "newsletter", "al suscribirte aceptas"),
    ("Auch lecker: Apfelkuchen vom Blech mit Vanillepudding", "related", "auch lecker:"),
    ("L'Écho de Saône et ses 142 partenaires utilisent des cookies et technologies similaires", "consent",
     "partenaires utilisent des cookies"),
    ("Kyst24 og våre partnere bruker informasjonskapsler (cookies)", "consent", "partnere bruker informasjonskapsler"),
    ("本文为极客札记原创内容，未经授权禁止转载。", "footer", "未经授权禁止转载"),
    ("Send dit indlæg på maks. 2.500 tegn til debat@avis.dk.", "footer", "send dit indlæg"),
    ("Patīk mūsu skaidrojumi? Atbalsti neatkarīgu žurnālistiku", "subscribe", "atbalsti neatkarīgu žurnālistiku"),
    ("▶ 제보는 카카오톡 okjebo", "footer", "제보는 카카오톡"),
]


@pytest.mark.parametrize(("line", "platform"), [
    ("📢 Sertai saluran Telegram TeknoKini untuk berita teknologi terkini setiap hari!", "telegram"),
    ("Последвайте Тепе Медия във Viber – най-важното от Пловдив", "viber"),
    ("کانال خبرگزاری آفتاب‌نگار را در تلگرام، ایتا و بله دنبال کنید", "تلگرام"),
])
def test_follow_prompts_of_the_thirty_fifth_sessions_probes(line, platform):
    from newsclean.linefeatures import _features
    f = _features(line, None)
    assert (f.category, f.phrase) == ("follow", platform)


@pytest.mark.parametrize("line", ["Conteúdo patrocinado", "Contenido patrocinado", "Sponsored content",
                                  "Gesponserter Inhalt", "Новости партнёров", "Материалы партнеров"])
def test_a_heading_over_sponsored_stories_opens_a_related_section(line):
    assert Lexicon.load().label(line) == "related"


def test_an_inline_teasers_hebrew_head_is_a_related_phrase():
    assert ("related", "כתבה נוספת:") in Lexicon.load().phrases("כתבה נוספת: הכנרת מתקרבת לקו האדום העליון – מה זה אומר?")


_LABELS_THIRTY_FIFTH_SESSIONS_SECOND = [
    ("Valorar esta receta", "share"),  # a recipe's rating button, as a share bar: no section break
    ("Avaliar esta receita", "share"),
    ("Další články autora", "related"),
    ("Wybierz pakiet", "subscribe"),
    ("Mam już konto", "signin"),
    ("Ta del av erbjudandet", "subscribe"),
    ("Se tilbud", "subscribe"),
    ("Scarica ora", "app"),
    ("Vse kolumne avtorice", "related"),
    ("Telli kultuuriuudiskiri", "newsletter"),
    ("Veel arvustusi", "related"),
    ("Artikel Berkaitan", "related"),
    ("Populārākie raksti", "related"),
]


_PHRASES_THIRTY_FIFTH_SESSIONS_SECOND = [
    ("Les opinions exprimées dans cette chronique n'engagent que leur auteure.", "footer",
     "n'engagent que leur auteure"),
    ("Ce site participe au programme Partenaires d'Amazon ; les liens peuvent me rapporter une commission.",
     "footer", "participe au programme partenaires d'amazon"),
    ("Alle Artikel von Lena Brückner", "related", "alle artikel von"),
]


@pytest.mark.parametrize(("line", "category"), [
    ("Share this live blog Facebook X WhatsApp Copy link", "share"),
    ("Ouvir esta notícia 00:00 / 04:12", "nav"),  # a listen button with its time display
])
def test_a_live_blogs_share_bar_and_a_listen_button(line, category):
    from newsclean.linefeatures import _features
    f = _features(line, None)
    assert f.label and f.category == category


def test_a_donation_boxs_button_is_a_phrase():
    assert ("subscribe", "steun ons vanaf") in Lexicon.load().phrases("Steun ons vanaf € 3 per maand")


_LABELS_THIRTY_NINTH_AND_FORTIETH_SESSIONS = [
    # The thirty-ninth session's probes: recipe buttons, a consent banner's
    # buttons, rating and newsletter buttons, an advertisement's notices.
    ("Skoči na recept Natisni recept Shrani med priljubljene", "share"),
    ("Print opskrift Gem på Pinterest Del", "share"),
    ("Delite recept: Facebook Pinterest E-pošta", "share"),
    ("Sprejmi vse Zavrni neobvezne Prilagodi nastavitve", "consent"),
    ("同意する 設定を変更", "consent"),
    ("Bedøm opskriften", "comments"),
    ("Telli teadusuudiskiri", "newsletter"),
    ("Artigo exclusivo para assinantes", "subscribe"),
    ("विज्ञापन के बाद वीडियो शुरू होगा", "advert"),
    ("और अपडेट देखें", "nav"),
    ("Dalintis: Facebook Messenger El. paštu Spausdinti", "share"),
    ("Kuula artiklit", "nav"),
    ("Nu acum Da, vreau", "nav"),
    # The fortieth session's: a player's and a shop's notices, share and
    # rating widgets, related headings.
    ("El vídeo empezará después de la publicidad", "advert"),
    ("Il contenuto continua dopo l'annuncio", "advert"),
    ("Teruskan membaca di bawah", "advert"),
    ("En uygun fiyatlar", "advert"),
    ("Se tilbuddet", "advert"),
    ("Dela inlägget:", "share"),
    ("שתפו בוואטסאפ שתפו בפייסבוק שמירה למועדפים הדפסה", "share"),
    ("फेसबुक एक्स व्हाट्सऐप लिंक कॉपी करें", "share"),
    ("Коментари читалаца", "comments"),
    ("Ваша оценка:", "comments"),
    ("Още ревюта", "related"),
    ("Thông cáo khác", "related"),
    ("Langganan Sekarang", "subscribe"),
    ("Komen (3)", "comments"),
    ("Patiko straipsnis?", "share"),
    ("Jaga Facebookis Jaga X-is Kopeeri link", "share"),
    ("विज्ञापन 5 सेकंड में खत्म होगा", "advert"),
]


_PHRASES_THIRTY_NINTH_AND_FORTIETH_SESSIONS = [
    ("Σας άρεσε το άρθρο; Μοιραστείτε το!", "share", "σας άρεσε το άρθρο"),
    ("Gostou deste artigo? O jornalismo independente tem um custo.", "share", "gostou deste artigo"),
    ("¿Te ha gustado esta receta? Valórala:", "comments", "te ha gustado esta receta"),
    ("Ti è piaciuto questo articolo?", "comments", "ti è piaciuto questo articolo"),
    ("Czytasz ten artykuł w ramach darmowego limitu.", "subscribe", "w ramach darmowego limitu"),
    ("If you value our reporting, please consider subscribing today.", "subscribe", "please consider subscribing"),
    ("Olvasd el ezt is! Új busz jár a reptérre", "related", "olvasd el ezt is"),
    ("Колонка відображає думку автора і може не збігатися з позицією редакції.", "footer",
     "колонка відображає думку автора"),
    # (fortieth session)
    ("Video unavailable? Turn off your ad blocker.", "advert", "turn off your ad blocker"),
    ("ANNONSE Strømbrudd? Sikre hjemmet med nødstrøm fra 4990,- Se tilbudene her", "advert", "se tilbudene her"),
    ("Tipni si na 20. kolo ligy – vstupný bonus až do 100 €", "advert", "vstupný bonus"),
    ("Recibe cada mañana las claves del día", "newsletter", "recibe cada mañana las claves"),
    ("Få ugens bedste opskrifter i din indbakke", "newsletter", "opskrifter i din indbakke"),
    ("Bu habere ait fotoğrafları indirmek için abone girişi yapınız.", "signin", "abone girişi yapınız"),
    ("Luet tilaajille tarkoitettua artikkelia. Kiitos, että tilaat lehden!", "subscribe",
     "luet tilaajille tarkoitettua artikkelia"),
    ("Wilt u ons werk steunen? Neem een abonnement.", "subscribe", "wilt u ons werk steunen"),
    ("Хареса ли ви статията? Споделете я:", "share", "хареса ли ви статията"),
    ("Оценка читателей: 7,6 (214 голосов)", "comments", "оценка читателей"),
    ("Ocjena čitatelja: 3,8 (112 glasova)", "comments", "ocjena čitatelja"),
    ("Коментари се објављују после модерације.", "comments", "коментари се објављују после модерације"),
    ("עוד באתר: לביבות ב־5 דרכים", "related", "עוד באתר:"),
    ("Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir.", "footer",
     "yatırım danışmanlığı kapsamında değildir"),
    ("Preluarea integrală a știrilor este permisă doar abonaților, cu citarea sursei.", "footer", "cu citarea sursei"),
    ("Nội dung do doanh nghiệp cung cấp. Chúng tôi không chịu trách nhiệm về tính chính xác của thông tin.", "footer",
     "không chịu trách nhiệm về tính chính xác"),
    ("声明：本网转载内容仅代表作者观点，不代表本网立场。", "footer", "仅代表作者观点"),
    ("Kiekvieną penktadienį siunčiame savaitės naujienų apžvalgą.", "newsletter", "kiekvieną penktadienį siunčiame"),
    ("Mit Elbzeitung+ lesen Sie alle Artikel auf elbzeitung.de und in der App.", "subscribe",
     "lesen sie alle artikel auf"),
]


_LABELS_FORTY_FIRST_SESSION = [
    # The forty-first session's probes: buttons, share rows, prompts.
    ("立即下载", "app"),
    ("この記事で紹介した商品", "advert"),
    ("Vil du skrive minneord?", "advert"),
    ("Flere minneord", "related"),
    ("Gem opskrift", "share"),
    ("Îți place ce citești?", "subscribe"),
    ("Užsisakyti", "newsletter"),
    ("Pierakstīties", "newsletter"),
    ("Patīk, ko lasi?", "subscribe"),
    ("ADV", "advert"),
    ("O seu consentimento é importante para nós", "consent"),
    ("Share your pictures and videos", "advert"),
    ("Jaa päivitys", "share"),
    # (probe 190, read after its holdout figures were taken)
    ("Hodnocení čtenářů", "comments"),
    ("Ďalšie správy z regiónu", "related"),
    ("Kapcsolódó cikk", "related"),
    ("Condoleanțe (3)", "comments"),  # an obituary's condolences, counted
]


_PHRASES_FORTY_FIRST_SESSION = [
    ("风险提示：以上内容不构成投资建议。", "footer", "不构成投资建议"),
    ("※この記事にはアフィリエイトリンクを含みます。", "advert", "アフィリエイトリンクを含みます"),
    ("글씨 크게 글씨 작게 인쇄 공유", "share", "글씨 크게 글씨 작게"),
    ("Det här är en krönika. Åsikterna är skribentens egna.", "footer", "åsikterna är skribentens egna"),
    ("Denne saken er åpen for alle. Vil du lese mer?", "subscribe", "denne saken er åpen for alle"),
    ("Tento článek je součástí předplatného Týdeníku+.", "subscribe", "je součástí předplatného"),
    ("Revista este finanțată de cititorii ei.", "subscribe", "este finanțată de cititorii"),
    ("Отпечатай рецептата Сподели", "share", "отпечатай рецептата"),
    ("Рекламата ще приключи след 3 сек.", "advert", "рекламата ще приключи след"),
    ("Reklama sa skončí o 4 s", "advert", "reklama sa skončí o"),
    ("Blog nevyjadruje názor redakcie.", "footer", "nevyjadruje názor redakcie"),
    ("Ставови у колумнама не одражавају нужно ставове редакције.", "footer", "не одражавају нужно ставове"),
    ("Naročite se na tiskano izdajo revije.", "subscribe", "naročite se na tiskano izdajo"),
    ("Nasveti ne nadomeščajo posveta z zdravnikom.", "footer", "ne nadomeščajo posveta z zdravnikom"),
    ("Anda sedang membaca artikel premium gratis bulan ini.", "subscribe", "anda sedang membaca artikel premium"),
    ("Bạn thấy bài viết thế nào? Hữu ích", "comments", "bạn thấy bài viết thế nào"),
    ("Sie lesen diesen Artikel mit Ihrem Digital-Abo.", "subscribe", "mit ihrem digital-abo"),
    ("Vai alla ricetta Stampa la ricetta Condividi", "share", "stampa la ricetta"),
    ("Статья носит информационный характер.", "footer", "носит информационный характер"),
    ("A Gazeta e os seus 98 parceiros utilizam cookies para medir audiências.", "consent",
     "e os seus # parceiros utilizam cookies"),
    ("حجم الخط أ+ أ-", "share", "حجم الخط"),
    ("Send us your photos and videos via e-mail.", "advert", "send us your photos and videos via"),
    ("Valoración de los lectores: 4,1 (88 votos)", "comments", "valoración de los lectores"),
    ("Fout gezien? Mail de redactie", "footer", "fout gezien? mail de redactie"),
    ("Haberin izinsiz kullanılması yasaktır.", "footer", "haberin izinsiz kullanılması yasaktır"),
    ("إعلان المحتوى يتابع أسفل الإعلان", "advert", "المحتوى يتابع أسفل الإعلان"),
    ("글자크기 설정 인쇄 공유하기", "share", "글자크기 설정"),
    ("Tilaa uutiskirje. Voit perua tilauksen milloin tahansa.", "subscribe", "voit perua tilauksen milloin tahansa"),
    ("При використанні матеріалів посилання на сайт обов'язкове.", "footer",
     "при використанні матеріалів посилання на"),
]

_LABELS_FORTY_SECOND_SESSION = [
    # The forty-second session's probes: heads, buttons, players.
    ("Cijenimo vašu privatnost", "consent"),
    ("Ocenite recept:", "nav"),
    ("Citas preses relīzes", "related"),
    ("Citi viedokļi", "related"),
    ("Iesniegt preses relīzi", "nav"),
    ("Előfizetek 1990 Ft/hó", "subscribe"),
    ("Video alkaa mainoksen jälkeen", "advert"),
    ("热点排行", "related"),
    ("Tự động cập nhật: BẬT Làm mới Chia sẻ Lưu bài", "share"),
]
_PHRASES_FORTY_SECOND_SESSION = [
    ("Imate fotografiju ili video? Pošaljite nam ga na WhatsApp 091 555 0142.", "advert",
     "pošaljite nam ga na whatsapp"),
    ("Vsak petek v vaš e-poštni predal pošljemo izbor kritik.", "newsletter", "v vaš e-poštni predal"),
    ("Raksta autora viedoklis var nesakrist ar redakcijas viedokli.", "footer",
     "raksta autora viedoklis var nesakrist ar redakcijas"),
    ("Abonē – pirmais mēnesis tikai par 1 €.", "subscribe", "pirmais mēnesis tikai par"),
    ("Vous lisez cet article grâce à votre abonnement.", "subscribe",
     "vous lisez cet article grâce à votre abonnement"),
    ("Olvassa el elemzésünket – előfizetőinknek.", "subscribe", "előfizetőinknek"),
    ("Ebben a hónapban 5 ingyenes cikkből 4-et már elolvasott.", "subscribe", "ingyenes cikkből"),
    ("Fizessen elő, és olvasson korlátlanul!", "subscribe", "olvasson korlátlanul"),
    ("התוכן באחריות המפרסם בלבד.", "footer", "התוכן באחריות המפרסם"),
    ("La publicidad terminará en 5 segundos", "advert", "la publicidad terminará en"),
    ("Få morgonens viktigaste nyheter från Västmanland", "newsletter", "få morgonens viktigaste nyheter"),
    ("Partnerem rubriky je cestovní pojišťovna Bezstarostně", "advert", "partnerem rubriky je"),
    ("SE OGSÅ: Hjemmelavet gløgg uden for meget sukker", "related", "se også:"),
    ("Relacionado: Un abanico en los páramos revoluciona la general", "related", "relacionado:"),
]

_LABELS_FORTY_THIRD_SESSION = [
    # The forty-third session's probes: feedback and rating prompts, subscription boxes, players.
    ("Bạn thấy bài viết này thế nào?", "comments"),
    ("Hữu ích Không hữu ích", "comments"),
    ("Jau esate prenumeratorius? Prisijunkite", "subscribe"),
    ("Prenumeruoti dabar", "subscribe"),
    ("Telli ajakiri", "subscribe"),
    ("Hide Ad", "advert"),
    ("Как оценявате филма?", "comments"),
    ("Preberite vse osmrtnice in zahvale", "related"),
    ("Kostenlos abonnieren", "newsletter"),
    ("El vídeo comenzará después de la publicidad", "advert"),
    ("Oceń film:", "comments"),
    ("Vil du blande dig i debatten?", "comments"),
    ("Pretplatite se Već ste pretplatnik? Prijavite se", "subscribe"),
    ("페이스북 카카오톡 링크복사 기사스크랩 본문 글씨 키우기", "share"),
    ("Nilai resipi ini:", "comments"),
]
_PHRASES_FORTY_THIRD_SESSION = [
    ("La pubblicità terminerà tra 5 secondi", "advert", "la pubblicità terminerà tra # secondi"),
    ("A publicisztikában megfogalmazott vélemény a szerzőé, és nem feltétlenül egyezik a szerkesztőségével.",
     "footer", "a publicisztikában megfogalmazott vélemény a szerzőé"),
    ("Reclamă: videoclipul va începe în 5 secunde", "advert", "videoclipul va începe în # secunde"),
    ("Матеріал має інформаційний характер і не замінює консультації лікаря.", "footer",
     "не замінює консультації лікаря"),
    ("Du läser en gratisartikel från Norrbladet.", "subscribe", "du läser en gratisartikel"),
    ("この記事は無料会員の方もお読みいただけます。", "subscribe", "無料会員の方もお読みいただけます"),
    ("Reklama: video začne za 5 s", "advert", "video začne za # s"),
    ("Send dit læserbrev på max. 300 ord til debat@example.dk.", "comments", "send dit læserbrev"),
    ("Pretplatite se već od 6,99 € mjesečno i čitajte bez ograničenja.", "subscribe", "i čitajte bez ograničenja"),
    ("הפרסומת תסתיים בעוד 5 שניות", "advert", "הפרסומת תסתיים בעוד # שניות"),
    ("Meld je aan voor de dagelijkse nieuwsbrief van Het Middenblad.", "newsletter",
     "meld je aan voor de dagelijkse nieuwsbrief"),
    ("Tutkittua tietoa terveydestä joka torstai sähköpostiisi.", "newsletter", "joka torstai sähköpostiisi"),
    ("Každý štvrtok posielame inšpiráciu priamo do vašej schránky.", "newsletter", "priamo do vašej schránky"),
    ("व्यापार दर्पण को गूगल न्यूज़ पर फ़ॉलो करें और पाएं हर ख़बर।", "follow", "को गूगल न्यूज़ पर फ़ॉलो करें"),
    ("ข่าวประชาสัมพันธ์นี้เผยแพร่ตามข้อมูลที่ได้รับจากบริษัทฯ", "footer", "ข่าวประชาสัมพันธ์นี้เผยแพร่ตามข้อมูลที่ได้รับจาก"),
]


_LABELS_FORTY_FOURTH_SESSION = [
    # The forty-fourth session's probes: subscription and support boxes, share bars, comment heads.
    ("Előfizetek Már előfizető vagyok, belépek", "subscribe"),
    ("Чи була ця стаття корисною?", "comments"),
    ("Povezano", "related"),
    ("Izrazite sućut", "comments"),
    ("Pieteikties", "newsletter"),
    ("Остале вести из региона", "related"),
    ("Podprite nas", "subscribe"),
    ("הכנתם? דרגו את המתכון", "comments"),
    ("קפיצה למתכון הדפסת מתכון שמירה למועדפים שיתוף בוואטסאפ", "share"),
    ("Món ngon cùng chuyên mục", "related"),
    ("Bạn thấy công thức này thế nào?", "comments"),
    ("Užuojautos ir komentarai (4)", "comments"),
    ("Ihnen gefällt dieser Artikel?", "subscribe"),
    ("שיתוף בפייסבוק שיתוף בוואטסאפ שיתוף ב-X שליחה במייל תגובות (27)", "share"),
    ("Prečítajte si tiež", "related"),
    ("ถูกใจ ถูกใจ 34 คน", "share"),
    ("Reclama se încheie în 5 secunde", "advert"),
    ("Претплатите се Већ сте претплатник? Пријавите се", "subscribe"),
    ("La publicidad se cerrará en 5 segundos", "advert"),
]
_PHRASES_FORTY_FOURTH_SESSION = [
    ("A cikk folytatása csak előfizetőknek érhető el", "subscribe", "a cikk folytatása csak előfizetőknek"),
    ("انتشار یادداشت‌ها به معنای تأیید دیدگاه نویسنده از سوی روزنامه نیست.", "footer",
     "به معنای تأیید دیدگاه نویسنده"),
    ("Šis straipsnis yra informacinio pobūdžio ir nepakeičia gydytojo konsultacijos.", "footer",
     "nepakeičia gydytojo konsultacijos"),
    ("רוצים לקבל התראות על הסערה בזמן אמת?", "app", "רוצים לקבל התראות"),
    ("Prečítajte si tiež: V Kežmarku otvorili nový kruhový objazd", "related", "prečítajte si tiež:"),
    ("المقالات المنشورة تعبّر عن آراء كتّابها ولا تعبّر بالضرورة عن رأي الصحيفة", "footer", "تعبر عن آراء كتابها"),
    ("Klummer udtrykker alene skribentens egen holdning.", "footer", "udtrykker alene skribentens egen holdning"),
    ("Mainos päättyy 5 sekunnin kuluttua", "advert", "mainos päättyy"),
    ("Ne maradj le a legjobb borokról!", "newsletter", "ne maradj le a legjobb"),
    ("Прочитали сте 3 од 5 бесплатних текстова овог месеца.", "subscribe", "бесплатних текстова овог месеца"),
    ("Mis niets van storm Jorien. Zet pushberichten aan in de Nieuwsbode-app.", "app", "zet pushberichten aan"),
    ("Opinie wyrażone w felietonie są prywatnymi poglądami autora i nie zawsze odzwierciedlają stanowisko "
     "redakcji.", "footer", "nie zawsze odzwierciedlają stanowisko redakcji"),
    ("Sektör raporları, özel analizler ve reklamsız okuma deneyimi. İlk ay yalnızca 49,90 TL.", "subscribe",
     "reklamsız okuma deneyimi"),
    ("Vill du skriva ett minnesord? Mejla texten till familj@vbt.se.", "footer", "vill du skriva ett minnesord"),
    ("Artikel ini khusus pelanggan Warta Niaga Premium.", "subscribe", "artikel ini khusus pelanggan"),
    ("Advertentie - de video begint na deze boodschap", "advert", "de video begint na deze boodschap"),
    ("ताज़ा खबरों के लिए नोटिफिकेशन चालू करें", "app", "नोटिफिकेशन चालू करें"),
    ("Oled sel kuul lugenud 3 tasuta artiklit 5-st.", "subscribe", "tasuta artiklit"),
]

_LABELS_FORTY_FIFTH_SESSION = [
    # The forty-fifth session's probes: support and follow boxes, rating prompts, share bars.
    ("Követem", "follow"),
    ("A független újságírásnak ára van", "subscribe"),
    ("Bạn chấm phim này bao nhiêu điểm?", "comments"),
    ("Review khác", "related"),
    ("Jak hodnotíte film vy?", "comments"),
    ("保存する", "share"),
    ("Vezi ofertele", "subscribe"),
    ("עקבו אחרי הכותבת", "follow"),
    ("Још од ове ауторке", "related"),
    ("Meld deg på", "newsletter"),
    ("Katso tarjoukset", "advert"),
    ("글씨키우기 글씨줄이기 인쇄하기 카카오톡 페이스북 네이버밴드 URL복사", "share"),
    ("我要评分 想看 看过", "comments"),
    ("Комментариев: 0", "comments"),
    ("Súhlasím Nesúhlasím Podrobné nastavenia", "consent"),
    ("Ver todos sus artículos", "related"),
]
_PHRASES_FORTY_FIFTH_SESSION = [
    ("A Hírkompasz olvasói támogatásból működik.", "subscribe", "olvasói támogatásból működik"),
    ("Dapatkan resipi mingguan terus ke e-mel anda", "newsletter", "terus ke e-mel anda"),
    ("Tạp chí điện tử Màn Ảnh. Giấy phép số 123/GP-BTTTT cấp ngày 05/03/2024.", "footer", "gp-btttt"),
    ("Tento web používá soubory cookies", "consent", "používá soubory cookies"),
    ("При цитуванні і використанні будь-яких матеріалів в Інтернеті посилання обов'язкове.", "footer",
     "при цитуванні і використанні будь-яких матеріалів"),
    ("Ставови изнети у колумнама нису нужно ставови редакције.", "footer", "нису нужно ставови редакције"),
    ("Kolumna izraža osebno mnenje avtorice in ne nujno stališča uredništva.", "footer",
     "ne nujno stališča uredništva"),
    ("Få ukens kommentarer rett i innboksen", "newsletter", "rett i innboksen"),
    ("Kaupallinen yhteistyö: saamme pienen palkkion, jos varaat linkin kautta.", "advert", "saamme pienen palkkion"),
    ("Czytasz bezpłatny artykuł. Zostały Ci jeszcze 2 z 5 darmowych tekstów.", "subscribe",
     "czytasz bezpłatny artykuł"),
    ("网友评分 7.9（12,384人评价）", "comments", "人评价"),
    ("De Polderbode is een uitgave van Uitgeverij Waterland Media B.V.", "footer", "is een uitgave van"),
    # Older probes, read again: disclaimers, paywall notes, recipe tools, affiliate and betting notes.
    ("Dette er en klumme. Indlægget er udtryk for skribentens egen holdning.", "footer",
     "udtryk for skribentens egen holdning"),
    ("Vsebina je informativne narave in ne nadomešča posveta z zdravnikom ali farmacevtom.", "footer",
     "ne nadomešča posveta z zdravnikom"),
    ("Autorės nuomonė nebūtinai sutampa su redakcijos pozicija.", "footer", "nebūtinai sutampa su redakcijos pozicija"),
    ("Artigo exclusivo para assinantes. Está a ler um dos três artigos gratuitos deste mês.", "subscribe",
     "artigo exclusivo para assinantes"),
    ("Tecnodiario puede recibir una comisión por las compras realizadas a través de los enlaces.", "advert",
     "puede recibir una comisión por las compras"),
    ("※本記事にはアフィリエイト広告が含まれています。", "advert", "アフィリエイト広告が含まれています"),
    ("Lompat ke Resep Cetak Resep ★★★★★ 4,8 dari 5 (326 ulasan)", "share", "lompat ke resep"),
    ("« Eelmine postitus: Vanaema hapukapsasupp", "nav", "eelmine postitus"),
    ("Una ricetta nuova ogni venerdì", "newsletter", "una ricetta nuova ogni"),
    ("Ste recept preizkusili? Ocenite ga:", "comments", "ste recept preizkusili"),
    ("Поглед сваког петка у вашем инбоксу", "newsletter", "у вашем инбоксу"),
]


_LABELS_FORTY_SIXTH_SESSION = [
    # The forty-sixth session's probes: advertisements' close buttons, support and rating boxes, column lists.
    ("Close ad", "advert"),
    ("Tutup iklan", "advert"),
    ("Cerrar anuncio", "advert"),
    ("Zavřít reklamu", "advert"),
    ("Partnerska poveznica", "advert"),
    ("Podijeli recept:", "share"),
    ("Још колумни", "related"),
    ("Sve kolumne autora", "related"),
    ("Nos autres reportages", "related"),
    ("Kļūt par abonentu", "subscribe"),
    ("Vai šis raksts bija noderīgs?", "comments"),
    ("Ne maradjon le semmiről!", "newsletter"),
    ("無料で会員登録する", "signin"),
    ("Още прессъобщения", "related"),
    # Counts of comments with the noun in the count's own case.
    ("6 коментара", "comments"),
    ("12 коментарів", "comments"),
    ("2 комментария", "comments"),
    ("12 komentarzy", "comments"),
    ("8 kommenttia", "comments"),
    # The forty-seventh session's probes.
    ("Deel artikel:", "share"),
    ("Postingan Lebih Baru  Postingan Lama  Beranda", "nav"),
    ("Ver tabla completa", "nav"),
    ("Kokeile 1 kk 1 eurolla", "subscribe"),
    ("Оцените текст", "comments"),
    ("Број гласова: 27", "comments"),
    ("Spremi recept", "share"),
    ("Priponke:", "nav"),
    ("Kraunama...", "nav"),
    ("Täisekraan", "nav"),
    ("ข้ามไปที่สูตร", "nav"),
    ("기사 내용이 도움이 되셨나요?", "comments"),
    ("Ketahui Lebih Lanjut", "nav"),
]
_PHRASES_FORTY_SIXTH_SESSION = [
    # (and the forty-seventh's)
    ("মতামত লেখকের নিজস্ব, পত্রিকার সম্পাদকীয় নীতির প্রতিফলন নয়", "footer", "মতামত লেখকের নিজস্ব"),
    ("Gostou da receita? Deixe sua avaliação!", "comments", "deixe sua avaliação"),
    ("Der Hafenbote bruger cookies", "consent", "bruger cookies"),
    ("Indlægget er et debatindlæg. Artiklen er udtryk for skribentens holdning.", "footer",
     "artiklen er udtryk for skribentens holdning"),
    ("Tämän jutun kommentointi on suljettu.", "comments", "kommentointi on suljettu"),
    ("Стаття має довідковий характер і не замінює консультацію лікаря.", "footer", "не замінює консультацію лікаря"),
    ("Коментари на овај текст су искључени.", "comments", "коментари на овај текст су искључени"),
    ("Iratkozzon fel heti hírlevelünkre!", "newsletter", "hírlevelünkre"),
    ("Komentavimas po šiuo straipsniu išjungtas.", "comments", "komentavimas po šiuo straipsniu išjungtas"),
    ("本文仅供科普参考，如有不适请及时就医。", "footer", "本文仅供科普参考"),
    ("Votre vidéo commence dans 3 secondes", "advert", "votre vidéo commence dans"),
    ("Pakua App ya Habari Leo", "app", "pakua app"),
    ("Súvisiaci článok: Nový most otvoria v lete", "related", "súvisiaci článok:"),
]

@pytest.mark.parametrize(("line", "category"), [
    *_LABELS_THIRTY_SECOND_SESSIONS, *_LABELS_THIRTY_THIRD_SESSIONS, *_LABELS_THIRTY_FOURTH_SESSIONS,
    *_LABELS_THIRTY_FIFTH_SESSIONS, *_LABELS_THIRTY_FIFTH_SESSIONS_SECOND,
    *_LABELS_THIRTY_NINTH_AND_FORTIETH_SESSIONS, *_LABELS_FORTY_FIRST_SESSION, *_LABELS_FORTY_SECOND_SESSION,
    *_LABELS_FORTY_THIRD_SESSION, *_LABELS_FORTY_FOURTH_SESSION, *_LABELS_FORTY_FIFTH_SESSION,
    *_LABELS_FORTY_SIXTH_SESSION,
])
def test_labels_of_the_sessions_probes(line, category):
    assert Lexicon.load().label(line) == category


@pytest.mark.parametrize(("line", "category", "phrase"), [
    *_PHRASES_THIRTY_THIRD_SESSIONS, *_PHRASES_THIRTY_FIFTH_SESSIONS, *_PHRASES_THIRTY_FIFTH_SESSIONS_SECOND,
    *_PHRASES_THIRTY_NINTH_AND_FORTIETH_SESSIONS, *_PHRASES_FORTY_FIRST_SESSION, *_PHRASES_FORTY_SECOND_SESSION,
    *_PHRASES_FORTY_THIRD_SESSION, *_PHRASES_FORTY_FOURTH_SESSION, *_PHRASES_FORTY_FIFTH_SESSION,
    *_PHRASES_FORTY_SIXTH_SESSION,
])
def test_phrases_of_the_sessions_probes(line, category, phrase):
    assert (category, phrase) in Lexicon.load().phrases(line)


@pytest.mark.parametrize(("line", "tips"), [
    ("Har du bilder fra uværet? Send dem til tips@kystavisen.no eller SMS til 2424.", True),
    ("Contact harbourdaily-tips@example.com", True),
    ("Write to the reporter at jane.tipster@example.com", False),  # a name, not the tips desk
    ("Email the council at roads@example.gov", False),
])
def test_a_prompt_with_the_newsrooms_tips_address(line, tips):
    from newsclean.linefeatures import _features, tips_prompt
    assert tips_prompt(line) is tips
    assert (_features(line, None).category == "footer") is tips


@pytest.mark.parametrize(("line", "notice"), [
    ("Disclaimer: The views expressed on this site are my own and not my employer's.", True),
    ("(डिस्क्लेमर: यह लेख सामान्य जानकारी के लिए है, किसी डॉक्टर की सलाह का विकल्प नहीं।)", True),
    ("免责声明：本文仅供参考，不构成投资建议。", True),
    ("Penafian: Kandungan siaran akhbar ini adalah tanggungjawab pihak pengirim.", True),
    ("The disclaimer: nobody read it, the court found.", False),  # no head at the line's start
    ("Disclaimers are everywhere these days, the lawyer said.", False),  # no colon
    ("Disclaimer: if you see other patch sizes, the update ran in the background.", False),  # the writer's aside
])
def test_a_disclaimer_under_its_head(line, notice):
    from newsclean.linefeatures import _features, disclaimer
    assert disclaimer(line) is notice
    assert (_features(line, None).category == "footer") is notice


@pytest.mark.parametrize(("line", "category"), [
    ("Giriş: 03.03.2026 14:22", None),  # (forty-second session: "entered", a Turkish dateline, not "sign in")
    ("Giriş", "signin"),
    ("Comments: 12", "comments"),
])
def test_a_label_with_a_date_after_its_colon_is_a_dateline(line, category):
    assert Lexicon.load().label(line) == category
