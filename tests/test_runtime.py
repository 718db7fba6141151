"""The program tunes the garbage collector; the library leaves the host's alone."""

import subprocess
import sys

from newsclean.runtime import GC_THRESHOLD

PROBE = """
import gc, sys
before = gc.get_threshold()
{body}
print(gc.get_threshold() == before, gc.get_threshold() == {threshold})
"""


def probe(body: str) -> str:
    code = PROBE.format(body=body, threshold=GC_THRESHOLD)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_the_library_leaves_the_collector_alone():
    assert probe("from newsclean import clean\nclean('Some text. ' * 40)") == ["True", "False"]


def test_the_program_collects_less_often():
    body = "from newsclean.cli import run\nsys.argv = ['newsclean', '--version']\ntry:\n    run()\nexcept SystemExit:\n    pass"
    assert probe(body)[-2:] == ["False", "True"]
