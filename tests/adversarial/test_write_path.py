"""The write path: atomic replacement under ENOSPC, kill -9 and signals; inputs never damaged."""

import builtins
import codecs
import errno
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean.io as nio
from newsclean.cli import main
from newsclean.io import atomic_write
from nasty import article

REPO = Path(__file__).resolve().parents[2]


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# --- fault injection: a full disk at every step of atomic_write ----------------------

class FailingFile:
    """A file object whose write fails after `budget` bytes (a disk filling up)."""

    def __init__(self, f, budget):
        self.f, self.budget = f, budget

    def write(self, data):
        if len(data) > self.budget:
            self.f.write(data[: self.budget])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.budget -= len(data)
        return self.f.write(data)

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


@pytest.mark.parametrize("step", ["write", "fsync", "chmod", "replace"])
def test_atomic_write_under_enospc_leaves_the_old_file(tmp_path, monkeypatch, step):
    target = tmp_path / "out.txt"
    target.write_bytes(b"old contents\n")
    os.chmod(target, 0o640)
    if step == "write":
        real_fdopen = os.fdopen
        monkeypatch.setattr(nio.os, "fdopen", lambda fd, mode: FailingFile(real_fdopen(fd, mode), 5))
    else:
        monkeypatch.setattr(nio.os, step, enospc)
    with pytest.raises(OSError) as e:
        atomic_write(target, "new contents, longer than the old ones\n")
    assert e.value.errno == errno.ENOSPC
    monkeypatch.undo()
    assert target.read_bytes() == b"old contents\n"
    assert (target.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_cli_output_under_enospc_is_a_clear_error(tmp_path, monkeypatch):
    src = tmp_path / "in.txt"
    src.write_text(article(1), "utf-8")
    out = tmp_path / "out.txt"
    out.write_bytes(b"previous run\n")
    monkeypatch.setattr(nio.os, "fsync", enospc)
    r = invoke("clean", src, "-o", out)
    assert r.exit_code == 2 and "No space left on device" in r.stderr and "Traceback" not in r.stderr
    assert out.read_bytes() == b"previous run\n" and not temp_files(tmp_path)


def test_in_place_under_enospc_leaves_every_file_whole(tmp_path, monkeypatch):
    files = []
    for i in range(3):
        f = tmp_path / f"a{i}.txt"
        f.write_text(article(i), "utf-8")
        files.append(f)
    before = digest(tmp_path)
    monkeypatch.setattr(nio.os, "replace", enospc)
    r = invoke("clean", "--in-place", *files)
    assert r.exit_code == 2 and r.stderr.count("No space left on device") == 3
    assert digest(tmp_path) == before and not temp_files(tmp_path)


def test_batch_under_enospc_reports_each_input_and_counts_add_up(tmp_path, monkeypatch):
    src = tmp_path / "src"
    for i in range(6):
        (src / "site").mkdir(parents=True, exist_ok=True)
        (src / "site" / f"s{i}.txt").write_text(article(i, f"Story {i}"), "utf-8")
    real_replace = os.replace
    calls = []

    def every_other(a, b):  # the disk is full for every second file
        calls.append(b)
        if len(calls) % 2 == 0:
            enospc()
        return real_replace(a, b)

    monkeypatch.setattr(nio.os, "replace", every_other)
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    r = invoke("clean", src, "-o", out, "--jobs", "1", "--report", report)
    monkeypatch.undo()
    assert r.exit_code == 1 and "Traceback" not in r.stderr
    rep = json.loads(report.read_text())
    assert rep["files"] == 3 and rep["failed"] == 3 and rep["files"] + rep["failed"] == 6
    assert all("No space left on device" in e["message"] for e in rep["errors"])
    assert len(list(out.rglob("*.txt"))) == 3 and not temp_files(tmp_path)


def test_jsonl_stream_under_enospc_writes_nothing(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": article(i)}) + "\n" for i in range(40)), "utf-8")
    out = tmp_path / "out.jsonl"
    import newsclean.batch as nb

    real = nb.AtomicStreamWriter.write
    written = []

    def write(self, data):
        written.append(len(data))
        if len(written) == 20:
            enospc()
        return real(self, data)

    monkeypatch.setattr(nb.AtomicStreamWriter, "write", write)
    r = invoke("clean", src, "-o", out, "--jobs", "1")
    assert r.exit_code == 1 and "No space left on device" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


# --- no input is opened for writing without --in-place ----------------------------------

def test_without_in_place_no_input_is_opened_for_writing(tmp_path, monkeypatch):
    src = tmp_path / "src"
    (src / "s").mkdir(parents=True)
    for i in range(4):
        (src / "s" / f"a{i}.txt").write_text(article(i), "utf-8")
    jsrc = tmp_path / "c.jsonl"
    jsrc.write_text("".join(json.dumps({"id": i, "text": article(i)}) + "\n" for i in range(5)), "utf-8")
    inputs = {os.path.realpath(p) for p in [*src.rglob("*.txt"), jsrc]}
    before = {p: Path(p).read_bytes() for p in inputs}
    writes = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, mode="r", *a, **k):
        if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+"):
            writes.append(os.path.realpath(file))
        return real_open(file, mode, *a, **k)

    def spy_os_open(path, flags, *a, **k):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND):
            writes.append(os.path.realpath(path))
        return real_os_open(path, flags, *a, **k)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    for args in ([src, "-o", tmp_path / "o1"], [jsrc, "-o", tmp_path / "o.jsonl"],
                 [src, jsrc, "-o", tmp_path / "o2"], [src / "s" / "a0.txt", "-o", tmp_path / "one.txt"],
                 [src / "s" / "a1.txt"]):
        r = invoke("clean", *args, "--jobs", "1", "-q") if len(args) > 2 else invoke("clean", *args)
        assert r.exit_code == 0, (args, r.stderr)
    monkeypatch.undo()
    assert writes and not (set(writes) & inputs)
    assert {p: Path(p).read_bytes() for p in inputs} == before


# --- in place: modes, links, encodings, untouched files -----------------------------------

DIRTY = article(5)


@pytest.mark.parametrize("layout", ["utf8_bom", "utf16_le", "utf16_be", "crlf"])
@pytest.mark.parametrize("how", ["files", "folder"])
def test_in_place_keeps_encoding_bom_and_line_ends(tmp_path, layout, how):
    # Found: `clean --in-place` wrote UTF-16 files back as UTF-8 and dropped
    # the UTF-8 BOM; folder mode also turned CRLF into LF.
    text = DIRTY.replace("\n", "\r\n") if layout == "crlf" else DIRTY
    enc = {"utf8_bom": (codecs.BOM_UTF8, "utf-8"), "utf16_le": (codecs.BOM_UTF16_LE, "utf-16-le"),
           "utf16_be": (codecs.BOM_UTF16_BE, "utf-16-be"), "crlf": (b"", "utf-8")}[layout]
    folder = tmp_path / "d"
    folder.mkdir()
    f = folder / "a.txt"
    f.write_bytes(enc[0] + text.encode(enc[1]))
    r = invoke("clean", "--in-place", *([f] if how == "files" else [folder, "-q"]))
    assert r.exit_code == 0, r.stderr
    data = f.read_bytes()
    assert data.startswith(enc[0])
    out = data[len(enc[0]):].decode(enc[1])
    assert "© 2024" not in out and "Residents had asked" in out
    if layout == "crlf":
        assert out.count("\n") == out.count("\r\n") > 0
    else:
        assert "\r" not in out


@pytest.mark.parametrize("how", ["files", "folder"])
def test_in_place_keeps_mode_and_symlinks_and_leaves_clean_files_alone(tmp_path, how):
    d = tmp_path / "d"
    d.mkdir()
    dirty, clean_file = d / "dirty.txt", d / "clean.txt"
    dirty.write_text(DIRTY, "utf-8")
    os.chmod(dirty, 0o604)
    clean_file.write_text("The council approved the new budget after a long debate on Tuesday evening.\n", "utf-8")
    st = clean_file.stat()
    link = tmp_path / "link.txt"
    link.symlink_to(dirty)
    targets = [link, clean_file] if how == "files" else [d, "-q"]
    r = invoke("clean", "--in-place", *targets)
    assert r.exit_code == 0, r.stderr
    assert "© 2024" not in dirty.read_text("utf-8")
    assert (dirty.stat().st_mode & 0o777) == 0o604
    assert link.is_symlink() and link.resolve() == dirty  # found: the link was replaced by a file
    assert clean_file.stat().st_ino == st.st_ino and clean_file.stat().st_mtime_ns == st.st_mtime_ns


def test_in_place_refuses_errors_replace(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(DIRTY.encode() + b"Caf\xe9\n")
    before = f.read_bytes()
    for args in ([f], [tmp_path, "-q"]):
        r = invoke("clean", "--in-place", "--errors", "replace", *args)
        assert r.exit_code == 2 and "--errors replace" in r.stderr
    assert f.read_bytes() == before


def test_in_place_jsonl_with_a_bad_record_is_left_unchanged(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(DIRTY, "utf-8")
    j = tmp_path / "c.jsonl"
    j.write_text(json.dumps({"id": 1, "text": DIRTY}) + "\n{broken\n", "utf-8")
    before = j.read_bytes()
    r = invoke("clean", "--in-place", d, j, "--jobs", "1")
    assert r.exit_code == 1 and "left unchanged" in r.stderr
    assert j.read_bytes() == before  # the broken line is not deleted from the input


# --- kill -9 at every step of the write path, in a real process ----------------------------

KILLER = r"""
import os, signal, sys
import newsclean.io as nio
step, n = sys.argv[1], int(sys.argv[2])
count = [0]
def kill_at(name, real):
    def wrapped(*a, **k):
        if name == step:
            count[0] += 1
            if count[0] == n:
                os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)
    return wrapped
for name in ("fsync", "chmod", "replace"):
    setattr(nio.os, name, kill_at(name, getattr(os, name)))
sys.argv = ["newsclean", *sys.argv[3:]]
from newsclean.cli import main
main()
"""


def run_killer(step, n, *args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", KILLER, step, str(n), *map(str, args)], env=env,
                          capture_output=True, timeout=300)


@pytest.mark.parametrize("step,n", [("fsync", 1), ("chmod", 1), ("replace", 1), ("replace", 2)])
def test_kill_9_during_in_place_leaves_old_or_new_files(tmp_path, step, n):
    files = []
    for i in range(3):
        f = tmp_path / f"a{i}.txt"
        f.write_text(DIRTY + f"\nStory number {i} ends here with its own closing sentence.\n", "utf-8")
        files.append(f)
    old = {f: f.read_bytes() for f in files}
    from newsclean.config import Config
    from newsclean.fix import fix_text

    new = {f: fix_text(old[f].decode(), Config())[0].encode() for f in files}
    p = run_killer(step, n, "clean", "--in-place", *files)
    assert p.returncode == -signal.SIGKILL, p.stderr.decode()
    states = []
    for f in files:
        data = f.read_bytes()
        assert data in (old[f], new[f]), f  # never a mix, never truncated
        states.append("old" if data == old[f] else "new")
    # files are fixed one by one: the ones before the kill are new, the rest old
    assert states == ["new"] * (n - 1) + ["old"] * (len(files) - n + 1)
    # a kill -9 cannot run clean-up: at most the one temp file in flight remains, never a target
    assert len(temp_files(tmp_path)) <= 1


def test_kill_9_at_random_moments_of_a_batch(tmp_path):
    src = tmp_path / "src"
    for i in range(120):
        (src / f"s{i % 3}").mkdir(parents=True, exist_ok=True)
        (src / f"s{i % 3}" / f"a{i:03d}.txt").write_text(article(i, f"Story {i}"), "utf-8")
    full = tmp_path / "full"
    assert invoke("clean", src, "-o", full, "-q", "--jobs", "1").exit_code == 0
    expected = digest(full)
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        proc = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(src), "-o", str(out), "-q",
                                 "--jobs", "2"], env=env, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        want = rng.randrange(1, 100)
        while time.monotonic() < deadline and proc.poll() is None and len(list(out.rglob("*.txt"))) < want:
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers
        proc.wait(timeout=60)
        got = digest(out) if out.exists() else {}
        for rel, h in got.items():
            if rel.endswith(".tmp"):
                continue
            assert h == expected[rel], rel  # every file that exists is complete


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to own files as others")
def test_in_place_as_root_keeps_the_owner(tmp_path):
    # Found: run as root, --in-place handed other users' files to root.
    f = tmp_path / "a.txt"
    f.write_text(DIRTY, "utf-8")
    os.chown(f, 12345, 23456)
    os.chmod(f, 0o640)
    for args in ([f], [tmp_path, "-q"]):
        f.write_text(DIRTY, "utf-8")
        r = invoke("clean", "--in-place", *args)
        assert r.exit_code == 0, r.stderr
        st = f.stat()
        assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (12345, 23456, 0o640)
        assert "© 2024" not in f.read_text("utf-8")


def test_output_to_a_fifo_or_a_symlink_writes_through_it(tmp_path):
    # Found: -o renamed a temp file over the target whatever it was: a FIFO
    # (or, as root, /dev/null) was replaced by a regular file, a symlink by a file.
    import threading

    src = tmp_path / "in.txt"
    src.write_text(DIRTY, "utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    r = invoke("clean", src, "-o", fifo)
    reader.join(timeout=60)
    assert r.exit_code == 0, r.stderr
    assert fifo.is_fifo() and b"Residents had asked" in got[0]
    real = tmp_path / "real.txt"
    real.write_text("old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert invoke("clean", src, "-o", link).exit_code == 0
    assert link.is_symlink() and "Residents had asked" in real.read_text()
