"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit tool.

`pre-commit try-repo` installs this repository into a fresh virtualenv (from
PyPI for the dependencies), so the test is slow (tens of seconds) and needs
the network: it is marked `slow` (deselect with ``-m "not slow"``) and skipped
when git or pre-commit is missing.  try-repo installs the committed HEAD of the
path it is given, so the test commits a copy of the working tree (tracked and
untracked, not ignored files) to a temporary repository first: it checks the
code as it is now, not as it was last committed.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_check import CLEAN, DIRTY

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

GIT = ["git", "-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
       "-c", "init.defaultBranch=main"]


def have_pre_commit() -> bool:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return False
    return True


def sh(*args, cwd, env=None, check=True):
    r = subprocess.run(list(map(str, args)), cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if check and r.returncode != 0:
        raise AssertionError(f"{args} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def snapshot_of_working_tree(dest: Path) -> Path:
    """Commit the working tree (minus ignored files) to a new repository at `dest`."""
    files = sh("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout
    dest.mkdir()
    for name in filter(None, files.split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    sh(*GIT, "init", "-q", cwd=dest)
    sh(*GIT, "add", "-A", cwd=dest)
    sh(*GIT, "commit", "-q", "-m", "snapshot", cwd=dest)
    return dest


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.skipif(not have_pre_commit(), reason="needs pre-commit (pip install pre-commit)")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout of newsclean")
def test_hooks_fail_on_a_dirty_article_then_pass_after_the_fix(tmp_path):
    hooks_repo = snapshot_of_working_tree(tmp_path / "newsclean")
    project = tmp_path / "corpus"
    (project / "articles").mkdir(parents=True)
    (project / "articles" / "dirty.txt").write_text(DIRTY, "utf-8")
    (project / "articles" / "clean.txt").write_text(CLEAN, "utf-8")
    sh(*GIT, "init", "-q", cwd=project)
    sh(*GIT, "add", "-A", cwd=project)

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PRE_COMMIT_HOME")}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"

    def try_repo():
        # Without a hook id try-repo runs every hook of the manifest, in id
        # order: newsclean-check, then newsclean-fix.  Each call builds the
        # hook environment once (try-repo uses a fresh store every time).
        return sh(sys.executable, "-m", "pre_commit", "try-repo", hooks_repo, "--all-files", "--color", "never",
                  cwd=project, env=env, check=False)

    first = try_repo()
    out = first.stdout + first.stderr
    assert first.returncode == 1, out
    assert "newsclean check" in out and "newsclean fix" in out
    assert "articles/dirty.txt:9:1: D101" in out  # the check hook's finding
    assert "files were modified by this hook" in out  # the fix hook rewrote dirty.txt
    assert (project / "articles" / "dirty.txt").read_text("utf-8") == CLEAN
    assert (project / "articles" / "clean.txt").read_text("utf-8") == CLEAN

    sh(*GIT, "add", "-A", cwd=project)
    second = try_repo()
    out = second.stdout + second.stderr
    assert second.returncode == 0, out
    assert out.count("Passed") == 2, out
