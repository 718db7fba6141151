"""`newsclean check`: report what cleaning would drop, change nothing.

The logic only; `findings.py` prints the results and `register()` adds the
click command to the CLI.  Every article is checked by the same pure function
of (text, config), so findings do not depend on the machine, the number of
processes or the order of the paths, and they are sorted before printing.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from .config import Config
from .fix import ID_FIELD, TEXT_FIELD, jsonl_lines, parse_record, read_bytes
from .io import InputError, decode, glob_match, is_gzip_name, is_jsonl, is_symlink_loop, skipped_folder

EXIT_OK, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2
DEFAULT_GLOB = "*.txt"
# Below this many articles a process pool costs more than it saves.
MIN_ARTICLES_FOR_POOL = 64


@dataclass(frozen=True)
class Finding:
    path: str
    line: int  # 1-based; for JSONL the record's line in the file
    column: int  # 1-based, in characters
    end_line: int
    end_column: int  # exclusive, as in ruff
    code: str
    name: str
    message: str
    text: str  # the paragraph that would be dropped
    index: int  # paragraph index in its article
    evidence: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    record_id: str | None = None  # JSONL only
    text_line: int | None = None  # JSONL only: position inside the record's text
    text_column: int | None = None
    # False for a whole text kept because cleaning would drop all of it (K003)
    # or too much of it (K004): it is junk, but `clean --in-place` leaves it.
    fixable: bool = True

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.index, self.code)


@dataclass
class Article:
    """One article to check: a text file, standard input or a JSONL record."""

    path: str  # as displayed
    text: str
    config: Config
    record_id: str | None = None
    record_line: int | None = None


@dataclass
class ArticleResult:
    findings: list[Finding]
    warnings: list[str]
    original: str
    fixed: str | None  # only when a diff was asked for and something changes


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)  # unified diffs, in input order
    files: int = 0
    articles: int = 0

    @property
    def changed_files(self) -> int:
        return len({f.path for f in self.findings})


# --- positions -----------------------------------------------------------------


def _split_lines(text: str) -> list[str]:
    import re

    return re.split(r"\r\n|\r|\n", text)


def _invisible() -> frozenset[str]:
    from .segment import _INVISIBLE

    return frozenset(map(chr, _INVISIBLE))


class _Positions:
    """Map offsets in the normalised text to (line, column) in the original.

    Normalisation keeps line breaks (CRLF and CR count as one, as in editors)
    and leading spaces, but removes invisible characters; columns are counted
    in the original line so they point where an editor shows the paragraph.
    """

    def __init__(self, original: str, normalised: str):
        self.original_lines = _split_lines(original)
        self.normalised = normalised
        self.invisible = _invisible()
        # Line start offsets, for a binary search per lookup: counting the
        # newlines before every paragraph was quadratic (10,000 duplicate
        # paragraphs took 6x longer to check than to clean, 200,000 lines 9x).
        self.line_starts = [0]
        pos = normalised.find("\n")
        while pos != -1:
            self.line_starts.append(pos + 1)
            pos = normalised.find("\n", pos + 1)

    def at(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        index = bisect_right(self.line_starts, offset) - 1
        line = index + 1
        line_start = self.line_starts[index]
        col0 = offset - line_start
        if line - 1 < len(self.original_lines):
            seen = 0
            orig = self.original_lines[line - 1]
            for i, ch in enumerate(orig):
                if ch in self.invisible:
                    continue
                if seen == col0:
                    return line, i + 1
                seen += 1
            return line, len(orig) + 1 if seen == col0 else col0 + 1
        return line, col0 + 1


# Codes of a text kept whole by the safety limits: every paragraph (K003) or
# more than --max-drop-share of it (K004) would go. The check fails on it
# (the file still holds junk), though no fix changes it.
_KEPT_WHOLE = ("K003", "K004")


def _selected(code: str, config: Config) -> bool:
    from .reasons import matches_selector

    return matches_selector(code, config.select) and not matches_selector(code, config.ignore)


def _finding(article: Article, p, start: tuple[int, int], end: tuple[int, int], evidence: dict[str, Any],
             fixable: bool = True) -> "Finding":
    """The finding for paragraph `p` of `article` (decision code, name and
    message from the reasons), placed from `start` to `end` (line, column)
    in the text; a JSONL record's finding sits on the record's line."""
    from .reasons import REASONS

    reason = REASONS[p.decision.code]
    common = dict(code=reason.code, name=reason.name, message=reason.message, text=p.text, index=p.index,
                  evidence=evidence, fixable=fixable)
    if article.record_line is None:
        return Finding(article.path, *start, *end, **common)
    return Finding(article.path, article.record_line, 1, article.record_line, 1, **common,
                   record_id=article.record_id, text_line=start[0], text_column=start[1])


def _kept_whole_finding(article: Article, doc, first, positions) -> "Finding":
    """One finding for the whole text, at its first paragraph, with the
    codes that would have dropped its paragraphs."""
    would = Counter(p.decision.evidence.get("would_drop") for p in doc.paragraphs)
    would.pop(None, None)
    return _finding(article, first, positions.at(first.start), positions.at(doc.paragraphs[-1].end),
                    {"would_drop": dict(sorted(would.items()))}, fixable=False)


def check_article(article: Article, want_fix: bool = False) -> ArticleResult:
    """Findings for one article: one per paragraph that cleaning would drop."""
    if want_fix:
        from .fix import fix_text

        fixed, doc = fix_text(article.text, article.config, trailing_newline=article.record_line is None)
    else:
        # The findings are the first pass's drops; only --diff needs the fixed point.
        from .pipeline import clean_document

        fixed, doc = None, clean_document(article.text, article.config)
    positions = _Positions(article.text, doc.text)
    line_of = {p.index: positions.at(p.start)[0] for p in doc.paragraphs}
    findings = []
    for p in doc.paragraphs:
        if p.kept:
            continue
        evidence = dict(p.decision.evidence)
        # Paragraph indices mean little to a reader; add the lines they start on.
        if isinstance(evidence.get("duplicate_of"), int) and evidence["duplicate_of"] in line_of:
            evidence["duplicate_of_line"] = line_of[evidence["duplicate_of"]]
        if isinstance(evidence.get("restates"), list):
            evidence["restates_lines"] = [line_of[i] for i in evidence["restates"] if i in line_of]
        findings.append(_finding(article, p, positions.at(p.start), positions.at(p.end), evidence))
    kept_whole = next((p for p in doc.paragraphs if p.decision.code in _KEPT_WHOLE), None)
    if kept_whole is not None and _selected(kept_whole.decision.code, article.config):
        findings.append(_kept_whole_finding(article, doc, kept_whole, positions))
    where = article.path if article.record_line is None else f"{article.path}:{article.record_line}"
    warnings = [f"{where}: {w}" for w in doc.warnings]
    return ArticleResult(findings, warnings, article.text, fixed if want_fix else None)


def _check_article_with_fix(article: Article) -> ArticleResult:
    return check_article(article, want_fix=True)


# --- inputs --------------------------------------------------------------------


def walk(folder: str, patterns: tuple[str, ...] = (DEFAULT_GLOB,)) -> list[str]:
    """Files under `folder` matching any pattern (by name, or by the path
    below `folder` for a pattern with '/', as batch `clean` matches), sorted;
    hidden folders skipped."""
    out = []
    # Not os.walk: before Python 3.12 it recurses, and a scrape nested deeper
    # than the recursion limit (about 1,000 folders) ended in RecursionError.
    stack = [(folder, "")]
    while stack:
        root, rel_dir = stack.pop()
        try:
            entries = list(os.scandir(root))
        except OSError:
            continue  # as os.walk: unreadable folders are skipped
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                is_dir = entry.is_dir()
                is_link = entry.is_symlink()
            except OSError as e:
                if is_symlink_loop(e) and any(glob_match(pat, entry.name, rel) for pat in patterns):
                    out.append(entry.path)  # a file to check that cannot be: reading it reports the loop
                continue
            if is_dir:  # a link to a folder is not followed, as in os.walk
                if not is_link and not skipped_folder(entry.name):
                    stack.append((entry.path, rel))
            elif any(glob_match(pat, entry.name, rel) for pat in patterns) and _regular_file(entry):
                out.append(entry.path)  # not a FIFO or a device: reading one would block or never end
    return sorted(out)


def _regular_file(entry: os.DirEntry) -> bool:
    """A file to read, or a broken link (reported as such when read)."""
    try:
        return entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path))
    except OSError:
        return False


def expand_paths(paths: list[str], patterns: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Files to check (sorted, without duplicates) and errors for missing paths."""
    files: list[str] = []
    errors: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            files.extend(walk(p, patterns))
        elif os.path.exists(p) or os.path.islink(p):
            files.append(p)  # (a link that leads nowhere, or in a loop, is reported when read)
        else:
            errors.append(f"{p}: no such file or directory")
    # One file named twice ("a.txt ./a.txt") is checked once.
    unique = {("-" if f == "-" else os.path.realpath(f)): f for f in reversed(files)}
    return sorted(unique.values(), key=lambda f: (f == "-", f)), errors


def articles_of(path: str, display: str, data: bytes, config: Config, encoding: str | None,
                errors: str, bad_records: list[str] | None = None, text_field: str = TEXT_FIELD,
                id_field: str = ID_FIELD) -> Iterator[Article]:
    """The articles in one input: the whole text, or one per JSONL record.

    A malformed record is listed in `bad_records` (when given) and the rest
    of the file is still checked, as `clean` goes on past it."""
    if is_jsonl(display):
        text = decode(data, display, encoding, errors)
        for lineno, line in enumerate(jsonl_lines(text), 1):
            if not line.strip():
                continue
            try:
                record = parse_record(line.rstrip("\r\n"), display, lineno, text_field)
            except InputError as e:
                if bad_records is None:
                    raise
                bad_records.append(str(e))
                continue
            rid = record.get(id_field)
            yield Article(display, record[text_field], config, None if rid is None else str(rid), lineno)
    else:
        yield Article(display, decode(data, display, encoding, errors), config)


# --- running -------------------------------------------------------------------


@dataclass
class CheckOptions:
    cli: dict[str, Any]
    cli_names: dict[str, str]
    config_file: str | None = None
    isolated: bool = False
    encoding: str | None = None
    errors: str = "strict"
    patterns: tuple[str, ...] = (DEFAULT_GLOB,)
    text_field: str = TEXT_FIELD  # JSONL, as `clean --text-field`
    id_field: str = ID_FIELD
    stdin_filename: str | None = None
    diff: bool = False
    jobs: int = 0  # 0: one per CPU


def settings_for(path: str | None, opts: CheckOptions):
    from .settings import resolve

    return resolve(opts.cli, path=path, config_file=opts.config_file, isolated=opts.isolated,
                   cli_names=opts.cli_names)


def run_check(paths: list[str], opts: CheckOptions, stdin: Any = None) -> Report:
    """Check `paths` ('-' is standard input) and collect a sorted report."""
    report = Report()
    files, report.errors = expand_paths(paths, opts.patterns)
    articles: list[Article] = []
    for path in files:
        display = (opts.stdin_filename or "-") if path == "-" else path
        settings_path = opts.stdin_filename if path == "-" else path
        try:
            config = settings_for(settings_path, opts).config
            if path == "-":
                data = (stdin or sys.stdin.buffer).read()
                if is_gzip_name(display):
                    from .fix import gunzip

                    data = gunzip(data, display)
            else:
                data = read_bytes(path)
            articles.extend(articles_of(path, display, data, config, opts.encoding, opts.errors, report.errors,
                                        opts.text_field, opts.id_field))
        except InputError as e:
            report.errors.append(str(e))
            continue
        report.files += 1
    report.articles = len(articles)
    if not files and not report.errors:
        report.warnings.append(f"no files to check (looked for {', '.join(opts.patterns)})")
    worker = _check_article_with_fix if opts.diff else check_article
    for article, result in zip(articles, _map(worker, articles, opts.jobs)):
        report.findings.extend(result.findings)
        report.warnings.extend(result.warnings)
        if result.fixed is not None:
            from .findings import unified_diff

            report.diffs.append(unified_diff(article, result.fixed))
    report.findings.sort(key=Finding.sort_key)
    return report


def _map(fn, articles: list[Article], jobs: int) -> list[ArticleResult]:
    """Results in input order, from one process or a pool (same results either way)."""
    from .runtime import worker_count

    jobs = worker_count(jobs, len(articles))
    if jobs > 1 and len(articles) >= MIN_ARTICLES_FOR_POOL:
        from concurrent.futures import ProcessPoolExecutor

        chunk = max(1, len(articles) // (jobs * 8))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(fn, articles, chunksize=chunk))
    return [fn(a) for a in articles]


def exit_code(report: Report, exit_zero: bool = False) -> int:
    if report.errors:
        return EXIT_ERROR
    if report.findings and not exit_zero:
        return EXIT_CHANGED
    return EXIT_OK


# --- command line --------------------------------------------------------------

# Command-line option that sets each settings key, for `newsclean config`.
CLI_NAMES = {
    "lang": "--lang",
    "keep-lang": "--keep-lang",
    "language-filter": "--no-language-filter",
    "dedup": "--no-dedup",
    "boilerplate": "--no-boilerplate",
    "max-drop-share": "--max-drop-share",
    "select": "--select",
    "ignore": "--ignore",
    "extend-select": "--extend-select",
    "extend-ignore": "--extend-ignore",
    "output-format": "--output-format",
}


def _fail(message: str) -> None:
    import click

    click.echo(f"newsclean: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def register(main, decision_options, settings_options) -> None:
    """Add `check` and `config` to the click group `main`."""
    import click

    # (cli defines it before it registers this module's commands)
    from .cli import known_encoding

    @main.command("check")
    @click.argument("paths", nargs=-1, metavar="[PATH]...")
    @click.option("--diff", is_flag=True, help="Print a unified diff of what `clean --in-place` would change.")
    @click.option("--output-format", type=click.Choice(["concise", "full", "json", "github"]), default=None,
                  help="How to print findings (github: workflow annotations).  [default: concise]")
    @click.option("--statistics", is_flag=True, help="Count findings per reason code instead of listing them.")
    @click.option("--exit-zero", is_flag=True, help="Exit 0 even when something would be dropped.")
    @click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
    @click.option("--stdin-filename", metavar="PATH",
                  help="Name standard input for messages and the configuration search.")
    @click.option("--show-settings", is_flag=True, help="Print the effective settings for the first PATH and exit.")
    @click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
                  help=f"File names to check in folders (repeatable).  [default: {DEFAULT_GLOB}]")
    @click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
                  help=f"Worker processes when there are at least {MIN_ARTICLES_FOR_POOL} articles "
                       "(0: one per CPU, the default; at most two per CPU); findings do not depend on it.")
    @click.option("--encoding", metavar="NAME", callback=known_encoding, help="Decode input with NAME instead of UTF-8.")
    @click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
                  help="What to do with bytes that do not decode.")
    @click.option("--text-field", default=TEXT_FIELD, show_default=True, metavar="NAME",
                  help="JSONL: field with the text.")
    @click.option("--id-field", default=ID_FIELD, show_default=True, metavar="NAME",
                  help="JSONL: field named in findings.")
    @settings_options
    @decision_options
    def check(paths, diff, output_format, statistics, exit_zero, quiet, stdin_filename, show_settings, patterns,
              jobs, encoding, errors, text_field, id_field, config_file, isolated, **decision) -> None:
        """Report every paragraph that cleaning would drop; change nothing.

        Prints `path:line:col: CODE message` per finding and exits 0 when
        nothing would change, 1 when something would, 2 on errors.  PATH may
        be a file, a folder (walked for *.txt), a .jsonl/.jsonl.gz file (one
        article per record) or '-' for standard input.

        \b
        Examples:
          newsclean check articles/
          newsclean check --diff article.txt
          newsclean check --statistics corpus.jsonl.gz
          newsclean check --output-format github --select B,D .
          cat article.txt | newsclean check --stdin-filename article.txt -
        """
        paths = list(paths)
        if stdin_filename is not None and "-" not in paths:
            if paths:
                raise click.UsageError("--stdin-filename reads standard input; pass '-' or no PATH")
            paths = ["-"]
        if not paths:
            paths = ["."]
        if paths.count("-") > 1:
            raise click.UsageError("standard input ('-') can be read only once")
        cli_values = {k.replace("_", "-"): v for k, v in decision.items()}
        opts = CheckOptions(cli=cli_values, cli_names=CLI_NAMES, config_file=config_file, isolated=isolated,
                            encoding=encoding, errors=errors, patterns=tuple(patterns) or (DEFAULT_GLOB,),
                            text_field=text_field, id_field=id_field, stdin_filename=stdin_filename, diff=diff,
                            jobs=jobs)
        from .config import ConfigError

        first = stdin_filename if paths[0] == "-" else paths[0]
        try:
            settings = settings_for(None if first == "." else first, opts)
        except ConfigError as e:
            _fail(str(e))
        if show_settings:
            from .settings import show

            sys.stdout.write(show(settings, first))
            return
        fmt = output_format or settings.output_format
        try:
            report = run_check(paths, opts)
        except ConfigError as e:
            _fail(str(e))
        except Exception as e:  # noqa: BLE001 - an internal error must not look like exit 1
            _fail(f"internal error: {type(e).__name__}: {e}")
        _print_report(report, fmt, diff, statistics, quiet)
        sys.exit(exit_code(report, exit_zero))

    @main.command("config")
    @click.argument("path", required=False, metavar="[PATH]")
    @click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml", show_default=True)
    @settings_options
    @decision_options
    def config_command(path, fmt, config_file, isolated, **decision) -> None:
        """Print the effective settings (for PATH, else the working directory) and where each came from.

        \b
        Examples:
          newsclean config
          newsclean config articles/a.txt --format json
        """
        from .config import ConfigError
        from .settings import resolve, show, show_json

        cli_values = {k.replace("_", "-"): v for k, v in decision.items()}
        try:
            settings = resolve(cli_values, path=path, config_file=config_file, isolated=isolated,
                               cli_names=CLI_NAMES)
        except ConfigError as e:
            _fail(str(e))
        sys.stdout.write(show(settings, path) if fmt == "toml" else show_json(settings, path) + "\n")


def _print_report(report: Report, fmt: str, diff: bool, statistics: bool, quiet: bool) -> None:
    from . import findings as out

    stdout, stderr = sys.stdout, sys.stderr
    for w in report.warnings:
        stderr.write(f"newsclean: warning: {w}\n")
    for e in report.errors:
        stderr.write(f"newsclean: error: {e}\n")
    if diff:
        to_terminal = stdout.isatty()
        for d in report.diffs:
            stdout.write(out.terminal_diff(d) if to_terminal else d)
        if not quiet:
            n, files = len(report.findings), report.changed_files
            stderr.write(f"Would drop {n} paragraph{'s' if n != 1 else ''} in {files} "
                         f"file{'s' if files != 1 else ''}.\n" if n else "No changes.\n")
            if report.errors:
                stderr.write(out.unchecked(report) + "\n")
    elif statistics:
        out.write_statistics(report.findings, stdout, fmt)
    else:
        out.WRITERS[fmt](report.findings, stdout)
        if fmt in ("concise", "full") and not quiet:
            out.write_summary(report, stdout)
    stdout.flush()
