"""Paths: outputs stay inside the output folder; an input is never its own output."""

import json
import os
import re

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.batch import FileInput, iter_inputs
from newsclean.cli import main
from newsclean.io import skipped_folder
from nasty import article, deep_tree, remove_tree, symlink_loops


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def inside(path, folder) -> bool:
    return os.path.realpath(path).startswith(os.path.realpath(folder) + os.sep)


def test_same_path_in_and_out_is_refused(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(article(1), "utf-8")
    before = f.read_bytes()
    (tmp_path / "hard.txt").hardlink_to(f)
    (tmp_path / "soft.txt").symlink_to(f)
    for out in (f, tmp_path / "hard.txt", tmp_path / "soft.txt", tmp_path / "." / "a.txt"):
        r = invoke("clean", f, "-o", out)
        assert r.exit_code == 2 and "--in-place" in r.stderr, out  # found: -o a.txt replaced the input
    j = tmp_path / "c.jsonl"
    j.write_text(json.dumps({"id": 1, "text": article(2)}) + "\n", "utf-8")
    jb = j.read_bytes()
    r = invoke("clean", j, "-o", j)
    assert r.exit_code == 2 and "--in-place" in r.stderr  # a usage error, as for a text file
    r = invoke("clean", tmp_path, "-o", tmp_path)
    assert r.exit_code == 2 and "input folder" in r.stderr
    for opt in ("--report", "--save-profile"):
        r = invoke("clean", tmp_path, "-o", tmp_path / "out", opt, f)  # a.txt is found in the folder
        assert r.exit_code == 2 and "is an input" in r.stderr
        r = invoke("clean", j, "-o", tmp_path / "o.jsonl", opt, j)
        assert r.exit_code == 2 and "is an input" in r.stderr
    assert f.read_bytes() == before and j.read_bytes() == jb


def test_output_folder_inside_the_input_folder_is_not_walked(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text(article(1), "utf-8")
    for _ in range(2):  # the second run must not clean the first run's output
        r = invoke("clean", tmp_path, "-o", tmp_path / "out", "-q")
        assert r.exit_code == 0, r.stderr
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.txt")) == ["out/s/a.txt", "s/a.txt"]


def test_inputs_named_with_dotdot_and_absolute_paths_stay_inside_the_output(tmp_path, monkeypatch):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "a.txt").write_text(article(1), "utf-8")
    (tmp_path / "x" / "y" / "b.txt").write_text(article(2), "utf-8")
    monkeypatch.chdir(tmp_path / "x" / "y")
    out = tmp_path / "x" / "y" / "out"
    r = invoke("clean", "../a.txt", str(tmp_path / "x" / "y" / "b.txt"), "..", "-o", "out", "-q")
    assert r.exit_code == 0, r.stderr
    written = [p for p in out.rglob("*") if p.is_file()]
    assert written and all(inside(p, out) for p in written)
    assert (out / "a.txt").exists() and (out / "b.txt").exists()


def test_jsonl_ids_never_become_paths(tmp_path):
    ids = ["../../etc/passwd", "/abs/path", "a\x00b", "x" * 5000, "..", "CON", "a/b/c"]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": article(n)}) + "\n" for n, i in enumerate(ids)), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    r = invoke("clean", src, "-o", out, "-q")
    assert r.exit_code == 0, r.stderr
    assert [p.name for p in out.iterdir()] == ["in.jsonl"]
    assert [json.loads(x)["id"] for x in (out / "in.jsonl").read_text().splitlines()] == ids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out"]


def test_very_long_file_names_are_written(tmp_path):
    # Found: the temp file name added 14 bytes, so names of 242+ bytes failed with ENAMETOOLONG.
    for name in ("n" * 251 + ".txt", "é" * 125 + ".txt", "市" * 80 + ".txt"):
        assert len(os.fsencode(name)) <= 255
        src = tmp_path / "src"
        src.mkdir(exist_ok=True)
        (src / name).write_text(article(3), "utf-8")
    r = invoke("clean", src, "-o", tmp_path / "out", "-q")
    assert r.exit_code == 0, r.stderr
    assert len(list((tmp_path / "out").iterdir())) == 3
    r = invoke("clean", "--in-place", *sorted(src.iterdir()))
    assert r.exit_code == 0, r.stderr
    assert not [p for p in src.iterdir() if p.name.endswith(".tmp")]


def test_file_names_that_are_not_utf8_are_cleaned_and_reported(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    good = os.path.join(os.fsencode(src), b"caf\xe9.txt")
    bad = os.path.join(os.fsencode(src), b"bin\xff.txt")
    with open(good, "wb") as f:
        f.write(article(4).encode())
    with open(bad, "wb") as f:
        f.write(b"\x00\x01")
    rep = tmp_path / "r.json"
    r = invoke("clean", src, "-o", tmp_path / "out", "--report", rep)
    assert r.exit_code == 1 and "Traceback" not in r.stderr
    assert os.path.exists(os.path.join(os.fsencode(tmp_path / "out"), b"caf\xe9.txt"))
    report = json.loads(rep.read_text("utf-8"))  # valid UTF-8 JSON; the name is a \udcff escape
    assert report["failed"] == 1 and os.fsencode(report["errors"][0]["input"]).endswith(b"bin\xff.txt")


def test_deeply_nested_folders(tmp_path):
    # Found: 1,200 nested folders hit the recursion limit in the folder walk,
    # os.makedirs and check's os.walk (traceback / internal error).
    try:
        _deep(tmp_path)
    finally:
        for sub in ("src", "out"):
            if (tmp_path / sub).exists():
                remove_tree(tmp_path / sub)


def _deep(tmp_path):
    f = deep_tree(tmp_path / "src", 1200)
    r = invoke("clean", tmp_path / "src", "-o", tmp_path / "out", "-q", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    assert os.path.exists(os.path.join(str(tmp_path / "out"), *["d"] * 1200, "deep.txt"))
    r = invoke("check", tmp_path / "src")
    assert r.exit_code == 1 and "deep.txt" in r.stdout, r.stderr
    r = invoke("clean", "--in-place", f)
    assert r.exit_code == 0, r.stderr


def test_symlink_loops_are_never_entered(tmp_path):
    # Links to folders are not followed (as in check): no loop to fall into,
    # and each real file is cleaned once, where it lies.
    symlink_loops(tmp_path / "src")
    items = list(iter_inputs([str(tmp_path / "src")]))
    files = sorted(i.rel for i in items if isinstance(i, FileInput))
    assert files == ["a/b/story.txt", "c/story.txt"]
    r = invoke("clean", tmp_path / "src", "-o", tmp_path / "out", "--report", tmp_path / "r.json")
    report = json.loads((tmp_path / "r.json").read_text())
    assert r.exit_code == 0 and report["files"] == 2 and report["failed"] == 0
    r = invoke("check", tmp_path / "src")
    assert r.exit_code in (0, 1) and "Traceback" not in r.stderr
    assert sorted(set(re.findall(r"(\S+story\.txt)", r.stdout))) == sorted(
        str(tmp_path / "src" / f) for f in files)


NAME = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
               min_size=1, max_size=40).filter(lambda n: n not in (".", "..") and len(os.fsencode(n)) < 200)


@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(NAME, min_size=1, max_size=3), min_size=1, max_size=4, unique_by=lambda p: p[-1]))
def test_property_every_output_is_inside_the_output_folder(tmp_path_factory, parts):
    root = tmp_path_factory.mktemp("p")
    src, out = root / "src", root / "out"
    src.mkdir()
    made = 0
    for i, p in enumerate(parts):
        folder = src.joinpath(*p[:-1])
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / (p[-1] + ".txt")).write_text(article(i), "utf-8")
            made += 1
        except (OSError, ValueError):
            continue  # a name this file system refuses, or a folder/file clash
    r = invoke("clean", src, "-o", out, "-q", "--jobs", "1", "--no-site-boilerplate")
    assert r.exit_code in (0, 1) and "Traceback" not in r.stderr
    written = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    assert all(inside(p, out) for p in written)
    # Every file is written but those in folders a batch never enters
    # (hidden ones, ".0"; package trees), as `check` skips them too.
    # (A folder may be named "x.txt" too: files only.)
    cleanable = [f for f in src.rglob("*.txt")
                 if f.is_file() and not any(map(skipped_folder, f.relative_to(src).parts[:-1]))]
    assert len(written) == len(cleanable)


def test_site_folders_that_are_not_utf8_can_be_profiled(tmp_path):
    # Found: --save-profile crashed (UnicodeEncodeError) on a site folder whose name is not UTF-8.
    site = os.path.join(os.fsencode(tmp_path / "src"), b"s\xff")
    os.makedirs(site)
    for i in range(3):
        with open(os.path.join(site, b"a%d.txt" % i), "w") as f:
            f.write(article(i))
    prof = tmp_path / "p.prof"
    r = invoke("clean", tmp_path / "src", "-o", tmp_path / "out", "-q", "--save-profile", prof)
    assert r.exit_code == 0 and "Traceback" not in r.stderr, r.stderr
    one = os.fsdecode(os.path.join(site, b"a0.txt"))
    r = invoke("clean", one, "--profile", prof)
    assert r.exit_code == 0, r.stderr  # the file's folder names its site


def test_report_and_profile_paths_fail_before_the_batch(tmp_path, monkeypatch):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text(article(1), "utf-8")
    for opt in ("--report", "--save-profile"):
        r = invoke("clean", tmp_path / "s", "-o", tmp_path / "out", opt, tmp_path / "missing" / "x")
        assert r.exit_code == 2 and "does not exist" in r.stderr
    assert not (tmp_path / "out").exists()
    import newsclean.io as nio

    def enospc(*a, **k):
        import errno

        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(nio.os, "fsync", enospc)  # found: a failed profile write was a traceback
    r = invoke("clean", tmp_path / "s", "-o", tmp_path / "out", "--save-profile", tmp_path / "p.prof", "--jobs", "1")
    assert r.exit_code == 2 and "No space left" in r.stderr and "Traceback" not in r.stderr
