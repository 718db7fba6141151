"""Test-wide settings.

Under CI (the CI variable set) hypothesis draws the same examples in every
run: a check must not pass or fail by the luck of the draw. Elsewhere the
draw is random, so runs on developers' machines keep exploring new cases
(that is how a folder named "x.txt" was found to fool a path test).
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
