"""A video player printed between the article's paragraphs: its titles go (B108)."""

import pytest

from test_boilerplate import PROSE, kept


@pytest.mark.parametrize("player", [
    ["**Watch:** Festivalgoers leave the site as the wind picks up", "▶ Play · 1:04", "Ad · 0:15",
     "Up next: How festivals plan for extreme weather"],
    ["VÍDEO | Resumen y goles del partido", "Reproducir", "02:14", "Siguiente vídeo: Las notas de los jugadores"],
    ["[영상] 9회말 끝내기 2루타 장면", "재생", "01:12", "광고 · 0:15 후 건너뛰기", "다음 영상: 시즌 10승 달성 인터뷰"],
    # A bare title between the player's lines, its label alone over the button.
    ["Video", "▶ Prehrať", "0:48", "Reklama · 0:12", "Medvedica s mláďatami prechádza záhradou",
     "Ďalšie video: Pohronský jarmok v obrazoch"],
    # A labelled title with its length under it, in words no phrase list knows.
    ["Guarda il video: l'ultima intervista al liutaio", "Durata 03:12"],
    ["▶ Zwiastun: „Ostatni prom na Hel”", "Materiał dystrybutora · 2:07"],
    # (forty-seventh session) Estonian buttons a line each.
    ["Video", "Esita", "00:00 / 02:14", "Täisekraan", "Heli välja"],
])
def test_a_players_titles_and_buttons_go_inside_the_article(player):
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *player, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_subheading_right_under_a_player_stays():
    # The player's buttons, then the article's next section: no label, no player's line under it.
    text = ["Bridge to close", *PROSE[:3], "▶ Play · 1:04", "Shops ask for help", *PROSE[3:]]
    assert kept("\n".join(text)) == ["Bridge to close", *PROSE[:3], "Shops ask for help", *PROSE[3:]]


def test_a_tables_rows_with_times_are_no_player():
    rows = ["Model | Boiling time | Noise", "Tefal Quick | 2:45 | 58 dB", "Domix K10 | 3:01 | 61 dB",
            "Philips Series 5000 | 2:38 | 55 dB"]
    out = kept("\n".join(["Six kettles tested", *PROSE[:3], *rows, *PROSE[3:]]))
    assert out == ["Six kettles tested", *PROSE[:3], *rows, *PROSE[3:]]


def test_a_live_blogs_entry_time_with_its_word_over_a_video_stays():
    # "Ore 12:20" reads as a length with its word ("Durata 03:12"), but
    # over the video's label, with the entry's prose between, it is the
    # entry's time; the video's label, title and length go.
    entry = ["Ore 12:20", PROSE[2]]
    video = ["Video", "Genova, il torrente in piena al ponte", "00:47"]
    text = ["Storm live", "Ore 13:40", *PROSE[:2], *entry, *video, "Ore 11:05", *PROSE[3:]]
    assert kept("\n".join(text)) == ["Storm live", "Ore 13:40", *PROSE[:2], *entry, "Ore 11:05", *PROSE[3:]]


def test_a_live_blogs_next_entry_time_under_a_video_stays():
    # A bare time under a video's title opens the next entry, as another
    # time opens each entry of the blog; only a length with its word goes.
    text = ["Storm live", "08:15", *PROSE[:3], "Watch: The harbour wall gives way", "09:30", *PROSE[3:]]
    assert kept("\n".join(text)) == ["Storm live", "08:15", *PROSE[:3], "09:30", *PROSE[3:]]


@pytest.mark.parametrize("player", [
    ["वीडियो: जानिए कैसे तैयार होता है मौसम का पूर्वानुमान", "03:12"],  # a labelled title
    ["VIDEO", "Sestřih utkání Brno – Třinec", "02:47"],  # a title under the player's label
    ["تماشای تیزر فیلم", "۰۱:۴۵"],  # a title led by the player's verb ("watch the film's teaser")
])
def test_a_videos_title_and_the_pages_one_bare_time_under_it_go(player):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *player, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_subheading_over_the_pages_one_bare_time_stays():
    # No label over it nor a player's verb in it: a section of a programme.
    text = ["Festival programme", *PROSE[:3], "Opening concert", "19:30", *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


@pytest.mark.parametrize("player", [
    ["▶ Watch the trailer for “The Last Ferry” (2:08)"],
    ["🎧 Listen to our podcast: episode 54, avalanches in the Giant Mountains"],
    ["▶ Zwiastun filmu „Ostatni prom na Hel”", "Materiał dystrybutora · 2:07"],  # and its length under it
])
def test_a_players_label_behind_its_play_or_speaker_sign_goes(player):
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *player, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_list_with_arrow_bullets_stays():
    items = ["► The bridge closes to cars in March", "► Buses keep a lane of their own", "► Shops may get help"]
    text = ["Bridge to close", *PROSE[:3], *items, *PROSE[3:]]
    assert kept("\n".join(text)) == text


@pytest.mark.parametrize("control", [
    "Luister naar dit artikel ▶ 0:00 / 4:12",
    "Lytt til saken 4 min",  # the recording's length, not a time display
    "Ouvir Ouça esta reportagem 5 min",  # the button's label twice
    "Artikel anhören 05:12 Vorgelesen von einer künstlichen Stimme",  # and a note after it
])
def test_a_listen_button_with_its_length_goes(control):
    out = kept("\n\n".join(["Bridge to close", PROSE[0], control, *PROSE[1:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("line", ["Play 2:45 left in the game", "Listen 4 min later, the sirens came"])
def test_a_one_word_button_with_words_after_its_time_is_no_control(line):
    text = ["Bridge to close", *PROSE[:3], line, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


@pytest.mark.parametrize("buttons", ["Print Pin Rate", "Imprimer la recette Noter cette recette"])
def test_a_recipe_cards_buttons_go(buttons):
    card = ["Ingredients", "2 leeks", "200 g goat's cheese", buttons, "Method", PROSE[3]]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *card, *PROSE[4:]]))
    assert out == ["Bridge to close", *PROSE[:3], *[line for line in card if line != buttons], *PROSE[4:]]


@pytest.mark.parametrize(("line", "teaser"), [
    # (thirty-third session: the minutes named after the length)
    ("Video: Die Tore des Spiels im Video (2:14 Min.)", True),
    ("Video: Highlights from the final (4:05 min)", True),
    ("Video: Die Tore im Überblick (02:31)", True),
    ("Video: Der Trainer spricht über das Spiel", False),  # no length: the article's own embed
])
def test_a_video_teasers_length_may_name_its_minutes(line, teaser):
    from newsclean.linefeatures import video_teaser

    assert video_teaser(line) is teaser


def test_an_audio_players_title_over_its_control_with_the_platforms_buttons_goes():
    # (thirty-third session) "Listen to the full interview …" over "Play 32 min"
    # and the podcast's platforms: a player's title led by its verb.
    player = ['Ouça a entrevista completa no podcast "Maré Alta"', "Reproduzir 32 min Spotify Apple Podcasts"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *player, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_one_word_buttons_time_with_a_note_is_a_control_only_when_the_note_is_known():
    from newsclean.controls import is_player_control

    assert is_player_control("Reproduzir 32 min Spotify Apple Podcasts")
    assert not is_player_control("Play 2:45 left in the game")


@pytest.mark.parametrize("bar", [
    "Cheza 00:00 / 03:45 Sauti Manukuu Skrini nzima",  # Swahili: play, sound, subtitles, full screen
    "Main 00:00 / 03:12 Senyap Skrin penuh",  # Malay
    "▷ 0:00 / 1:02:31 ⚙ ⛶",
    # (forty-third session) the labels a screen reader gets round the display
    "Play Mute Current Time 0:00 / Duration 1:24 Fullscreen",
])
def test_a_players_bar_round_its_time_display_goes(bar):
    # The display at zero, as the page loads it, marks the player whatever
    # its buttons' language; so does a labelled title over it.
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], bar, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("player", [
    ["TAZAMA: Mabao yote manne ya Pwani Stars", "Cheza 00:00 / 03:45 Sauti Manukuu Skrini nzima"],
    ["Tonton: Cara masak rendang tok dalam 3 minit", "Main 00:00 / 03:12 Senyap Skrin penuh"],
])
def test_a_labelled_title_over_a_players_bar_goes(player):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *player, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_sentence_with_a_time_at_zero_is_no_player():
    line = "The clock was reset to 0:00 / 90:00 before the replay began, the referee said."
    text = ["Bridge to close", *PROSE[:3], line, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text
