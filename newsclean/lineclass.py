"""The four classes a line gets from its own features, as in jusText.

``GOOD``: running prose; ``NEAR``: a short sentence, or a long line with few
stopwords; ``SHORT``: titles, bylines, menu entries, links; ``BAD``: known
boilerplate. Shared by the boilerplate stage (which assigns them), the core
search (core.py) and the form rule (forms.py).
"""

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
