"""A sign-up form's address field and its button, printed as one line:
"Din e-post Prenumerera", "El. paštas Užsisakyti", "Your email Subscribe".
Such a line is a whole form by itself (forms.py), and a newsletter's
line wherever it stands (linefeatures.py)."""

from __future__ import annotations

from functools import lru_cache

import regex

# The field's name, with a compound's ending ("E-mailadres", "Sähköpostiosoite").
_ADDRESS_FIELD = (
    r"(?i:\b(?:e-?mail|e-?post|e-posta|e-pasts|el\.\s?paštas|sähköposti|correo|courriel|почта|пошта|е-адрес|e-adres"
    r"|e-pošt|имејл|correu|barua pepe|e-mel|surel)\w*)"
    r"|邮箱|メールアドレス|이메일"
)
FIELD_LINE_MAX_WORDS = 6
FIELD_LINE_MAX_CHARS = 80
# ... its button: a verb of signing up, in any language, as a word starts.
_SIGN_UP_VERB = (
    r"(?i:\b(?:subscri|sign\s?up|join|abonn|inscri|suscri|iscriv|assin|cadastr|anmeld|abonnier|eintragen|registr"
    r"|subscrev|aanmeld|inschrijv|prenumer|tilmeld|abonner|tilaa|liity|zapisz|zapisuj|přihlás|odebír|prihlás|feliratkoz"
    r"|abonează|užsisak|pierakst|подпис|підпис|абонир|пријав|prijav|kaydol|abone|εγγραφ|להרשמה|اشترك|सब्सक्राइब|daftar"
    r"|berlangganan|langgan|sertai|apunt|recib|receb|quier|quero|suscrí|inscrí|regístr|jisajili"
    r"|đăng ký|send|senden|envoyer|enviar|invia))"
    r"|訂閱|订阅|登録|구독"
)


def field_and_button(text: str) -> bool:
    """A sign-up form's address field and button on one line: "Din e-post
    Prenumerera". No sentence: "Subscribe to updates via email." is a pitch."""
    stripped = text.rstrip()
    # (A button may shout: "Tu email ¡Me apunto!")
    if len(stripped) > FIELD_LINE_MAX_CHARS or "@" in stripped or stripped.endswith((".", "?")):
        return False  # (told in C before any pattern runs)
    field, verb = _patterns()
    return (len(stripped.split()) <= FIELD_LINE_MAX_WORDS and field.search(stripped) is not None
            and verb.search(stripped) is not None)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Compiled on first use: a cold run on one article may need neither."""
    return regex.compile(_ADDRESS_FIELD), regex.compile(_SIGN_UP_VERB)


def opens_with_sign_up(text: str) -> bool:
    """The sentence opens with a verb of signing up: "Suscríbete y te regalo …", "Subscribe for …"."""
    return _patterns()[1].match(text.lstrip(" ¡¿\"'«“„")) is not None


# A pitch's mail: its address field's word, or the newsletter it sends.
# (Finnish and Estonian make compounds of theirs: "teadusuudiskiri", "terveysuutiskirje".)
_MAIL = (rf"{_ADDRESS_FIELD}|(?i:\bnewsletter\w*|\binbox\b|\bnieuwsbrief\w*|uutiskirje\w*|\bbutllet\w*|\bnyhedsbrev\w*"
         r"|\bnyhetsbrev\w*|\bhírlevel\w*|\bhírlevél\w*|uudiskir\w*|\bbilten\w*|\bбюлетен\w*|\bjarida\b"
         r"|\bpostkasti\b)")


def names_mail(text: str) -> bool:
    """The text names an e-mail, an inbox or a newsletter: what a sign-up
    form's pitch offers ("get my Sunday email")."""
    return _mail_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _mail_pattern() -> regex.Pattern[str]:
    return regex.compile(_MAIL)
