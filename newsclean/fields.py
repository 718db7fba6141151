"""A sign-up form's address field and its button, printed as one line:
"Din e-post Prenumerera", "El. paštas Užsisakyti", "Your email Subscribe".
Such a line is a whole form by itself (forms.py), and a newsletter's
line wherever it stands (linefeatures.py)."""

from __future__ import annotations

import regex

# The field's name.
_ADDRESS_FIELD = regex.compile(
    r"(?i:\b(?:e-?mail|e-?post|e-posta|e-pasts|el\.\s?paštas|sähköposti|correo|courriel|почта|пошта)\b)"
    r"|邮箱|メールアドレス|이메일"
)
FIELD_LINE_MAX_WORDS = 6
FIELD_LINE_MAX_CHARS = 80
# ... its button: a verb of signing up, in any language, as a word starts.
_SIGN_UP_VERB = regex.compile(
    r"(?i:\b(?:subscri|sign\s?up|join|abonn|inscri|suscri|iscriv|assin|cadastr|anmeld|abonnier|eintragen|registr"
    r"|aanmeld|inschrijv|prenumer|tilmeld|abonner|tilaa|liity|zapisz|zapisuj|přihlás|odebír|prihlás|feliratkoz"
    r"|abonează|užsisak|pierakst|подпис|підпис|абонир|kaydol|abone|εγγραφ|להרשמה|اشترك|सब्सक्राइब|daftar|berlangganan"
    r"|đăng ký|send|senden|envoyer|enviar|invia))"
    r"|訂閱|订阅|登録|구독"
)


def field_and_button(text: str) -> bool:
    """A sign-up form's address field and button on one line: "Din e-post
    Prenumerera". No sentence: "Subscribe to updates via email." is a pitch."""
    stripped = text.rstrip()
    if len(stripped) > FIELD_LINE_MAX_CHARS or "@" in stripped or stripped.endswith((".", "!", "?")):
        return False  # (told in C before any pattern runs)
    return (len(stripped.split()) <= FIELD_LINE_MAX_WORDS and _ADDRESS_FIELD.search(stripped) is not None
            and _SIGN_UP_VERB.search(stripped) is not None)
