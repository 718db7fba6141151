"""The command line: a thin layer over the API (parse options, call, render)."""

from __future__ import annotations

import sys

import click

from . import __version__
from .config import Config, ConfigError, option_names
from .io import InputError, atomic_write, read_text
from .pipeline import clean_document, render_text
from .reasons import REASONS

EXIT_OK, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


class DefaultGroup(click.Group):
    """`newsclean FILE` and bare `newsclean < FILE` mean `newsclean clean ...`."""

    default_command = "clean"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        """Run the command with UTF-8 output and clean exits on Ctrl-C and SIGTERM.

        Standard output is data: UTF-8 whatever the locale, so output is
        byte-identical under any LANG/LC_ALL (file names that are not UTF-8
        are written back as their bytes).  SIGTERM raises SystemExit like
        Ctrl-C raises KeyboardInterrupt, so that temp files are removed on the
        way out; batch mode installs its own handlers and stops gracefully.
        """
        import signal
        import threading

        _utf8_stdout()
        main_thread = threading.current_thread() is threading.main_thread()
        old = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("newsclean: interrupted", err=True)
            sys.exit(128 + signal.SIGINT)
        except BrokenPipeError:
            # The reader went away (`newsclean ... | head -1`): stop quietly,
            # with the status of a process ended by SIGPIPE, as cat or grep do.
            _silence_stdout()
            sys.exit(128 + signal.SIGPIPE)
        finally:
            if main_thread:
                signal.signal(signal.SIGTERM, old)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's last
    flush does not fail on the closed pipe again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to replace
        pass


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _utf8_stdout() -> None:
    out = sys.stdout
    if hasattr(out, "reconfigure") and (out.encoding or "").lower().replace("-", "") != "utf8":
        try:
            out.reconfigure(encoding="utf-8", errors="surrogateescape")
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot change any more
            pass


def _apply(options: list, f):
    """Apply click option decorators in the order they are listed (top first in --help)."""
    for option in reversed(options):
        f = option(f)
    return f


def decision_options(f):
    """Options that change cleaning decisions (each has a config key of the same name)."""
    options = [
        click.option("--lang", metavar="CODE", help="Fix the article language (e.g. en, de, zh-cn) instead of detecting it."),
        click.option("--keep-lang", metavar="CODE,...", help="More languages never dropped as foreign."),
        click.option("--no-language-filter", "language_filter", flag_value=False, default=None,
                     help="Do not drop paragraphs written in another language."),
        click.option("--no-dedup", "dedup", flag_value=False, default=None, help="Keep duplicate paragraphs."),
        click.option("--no-boilerplate", "boilerplate", flag_value=False, default=None,
                     help="Keep boilerplate (banners, share labels, menus, footers)."),
        click.option("--max-drop-share", type=click.FloatRange(0.0, 1.0), metavar="SHARE",
                     help="Keep a document as it was (and flag it, K004) when cleaning would drop more than "
                          "this share of its text [default: 1.0; all-dropped is always kept, K003]."),
        click.option("--select", metavar="CODES", help="Only act on these reason codes or prefixes (e.g. D,B101)."),
        click.option("--ignore", metavar="CODES", help="Never act on these reason codes or prefixes."),
        click.option("--extend-select", metavar="CODES", help="Add to the selected codes (keeps the configured ones)."),
        click.option("--extend-ignore", metavar="CODES", help="Add to the ignored codes (keeps the configured ones)."),
    ]
    return _apply(options, f)


def settings_options(f):
    """Where settings come from: the nearest pyproject.toml / newsclean.toml, a named file, or none."""
    f = click.option("--isolated", is_flag=True, help="Ignore all configuration files.")(f)
    f = click.option("--config", "config_file", metavar="FILE", type=click.Path(dir_okay=False),
                     help="Read settings from FILE instead of the nearest pyproject.toml / newsclean.toml.")(f)
    return f


def build_config(path: str | None = None, config_file: str | None = None, isolated: bool = False,
                 **cli_values) -> Config:
    """Defaults, then the configuration file found from `path`, then the command line."""
    from .settings import resolve

    try:
        return resolve(cli_values, path=path, config_file=config_file, isolated=isolated).config
    except (ConfigError, TypeError) as e:
        fail(str(e))


def known_encoding(ctx, param, value: str | None) -> str | None:
    """--encoding names a codec Python has: a usage error at once, not one
    failure per file of a batch."""
    if value is not None:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding '{value}'") from None
    return value


def fail(message: str) -> None:
    click.echo(f"newsclean: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newsclean")
def main() -> None:
    """Clean scraped news articles: keep the article, drop the leftovers.

    \b
    Examples:
      newsclean article.txt                 # cleaned article on stdout
      curl -s URL | html2text | newsclean   # from a pipe
      newsclean clean in.txt -o out.txt     # write a file (atomically)
      newsclean clean in.txt --explain      # why each paragraph was kept or dropped
      newsclean clean in.txt --format json  # text, language and decisions as JSON
      newsclean rules                       # the reason codes

    Without a command, `newsclean ARGS` runs `newsclean clean ARGS`.
    """


def batch_options(f):
    """Options of batch mode (folders, several files, JSONL)."""
    options = [
        click.option("--in-place", is_flag=True, help="Batch: replace each input file (atomically) instead of writing to -o."),
        click.option("--glob", multiple=True, default=("*.txt",), show_default=True, metavar="PATTERN",
                     help="Batch: which files in folders to clean (a pattern with '/' matches the path below the "
                          "folder; repeat for several)."),
        click.option("--jsonl", is_flag=True, help="Read inputs as JSONL whatever their name (.jsonl[.gz] is recognised)."),
        click.option("--text-field", default="text", show_default=True, metavar="NAME", help="JSONL: field with the text."),
        click.option("--id-field", default="id", show_default=True, metavar="NAME", help="JSONL: field named in messages."),
        click.option("--site-depth", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
                     help="Folders: files under the same first N folders below the input form one site (0: all one site)."),
        click.option("--site-field", metavar="NAME",
                     help="JSONL: field that groups records by site for site boilerplate (dotted path; a URL groups by host)."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default="all cores",
                     help="Worker processes (output is identical for any number); capped at two per CPU "
                          "and at one per chunk of work (32 files or records, or 1 MB)."),
        click.option("-q", "--quiet", is_flag=True, help="Batch: no progress bar and no summary."),
        click.option("--report", metavar="FILE", help="Batch: write the summary figures as JSON to FILE."),
        click.option("--skip-existing", is_flag=True, help="Batch: leave outputs that exist (resume an interrupted batch)."),
        click.option("--strict", is_flag=True,
                     help="JSONL: stop at the first malformed line (no output file is written; on standard output "
                          "the records before it may have gone out)."),
        click.option("--no-site-boilerplate", "site_boilerplate", flag_value=False, default=None,
                     help="Do not drop paragraphs that recur across the site's documents (S101)."),
        click.option("--min-doc-freq", "site_min_doc_freq", type=int, metavar="N",
                     help="Site boilerplate: recurs in at least N documents of the site [default: 10]."),
        click.option("--min-doc-share", "site_min_doc_share", type=float, metavar="SHARE",
                     help="Site boilerplate: ...and in at least this share of them [default: 0.01]."),
        click.option("--min-context-share", "site_min_context_share", type=float, metavar="SHARE",
                     help="Site boilerplate: ...next to different article text in this share of those [default: 0.5]."),
        click.option("--save-profile", metavar="FILE", help="Save the site paragraph counts to FILE."),
        click.option("--profile", metavar="FILE", help="Use site paragraph counts from FILE instead of counting."),
        click.option("--site", metavar="NAME", help="With --profile and one file: the site it belongs to."),
    ]
    return _apply(options, f)


def _is_batch(paths: list[str], batch: dict) -> bool:
    import os

    from .io import is_jsonl

    return (len(paths) > 1 or batch["in_place"] or batch["jsonl"]
            or any(p != "-" and (os.path.isdir(p) or is_jsonl(p)) for p in paths))


@main.command()
@click.argument("inputs", nargs=-1, metavar="[PATH]...")
@click.option("-o", "--output", metavar="OUT", help="Write to OUT (atomically) instead of stdout; a folder in batch mode.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format (json: text, language and per-paragraph decisions).")
@click.option("--explain", is_flag=True, help="Print a table of every decision on stderr.")
@click.option("--encoding", metavar="NAME", callback=known_encoding, help="Decode input with NAME instead of UTF-8.")
@click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
              help="What to do with bytes that do not decode.")
@settings_options
@decision_options
@batch_options
def clean(inputs, output, fmt, explain, encoding, errors, config_file, isolated, **options) -> None:
    """Clean FILE (or standard input, also as '-') and print the article.

    Folders, several files and JSONL corpora are cleaned in batch mode:
    folder trees are mirrored under -o OUTDIR (or rewritten with --in-place),
    JSONL records keep their other fields, and paragraphs that recur across a
    site's documents are dropped (S101).

    \b
    Examples:
      newsclean clean article.txt
      newsclean clean - < article.txt
      newsclean clean article.txt -o article.clean.txt --explain
      newsclean clean scrape/ -o clean/ --jobs 4 --report report.json
      newsclean clean corpus.jsonl.gz -o clean.jsonl.gz --site-field url
      newsclean clean --in-place a.txt b.jsonl   # fix what `newsclean check` reports
    """
    import os

    batch = {k: options.pop(k) for k in list(options) if k not in _DECISION_KEYS}
    paths = list(inputs) or ["-"]
    if output is not None and not output.strip():
        raise click.UsageError("-o needs a file or folder name ('-' for standard output)")
    if batch["in_place"] and not any(os.path.isdir(p) for p in paths):
        # Files (text or JSONL) are fixed one by one, as `check` reports them.
        from .fix import fix_command

        conflicts = {"-o": output, "--format json": fmt == "json", "--explain": explain}
        # Batch options that mean nothing for files fixed one by one are
        # refused, not ignored (--report would never be written).
        conflicts.update({f"--{name.replace('_', '-')}": bool(batch[name]) for name in _NOT_FOR_FILES_IN_PLACE})
        sys.exit(fix_command(paths if inputs else [], encoding, errors, config_file, isolated, options,
                             conflicts=conflicts, jsonl=batch["jsonl"], text_field=batch["text_field"],
                             quiet=batch["quiet"]))
    config = build_config(None if paths[0] == "-" else paths[0], config_file, isolated, **options)
    if _is_batch(paths, batch):
        # Without --config or --isolated, each file is cleaned with the
        # settings found from its own folder, as `check` reads them.
        per_folder = None if (config_file or isolated) else options
        sys.exit(run_batch_command(paths, output, fmt, explain, encoding, errors, config, batch, per_folder))
    for name in ("glob", "text_field", "id_field", "site_depth"):
        if batch[name] != clean.params_default[name]:
            raise click.UsageError(f"--{name.replace('_', '-')} applies to folders and JSONL only")
    path = paths[0]
    if output and output.endswith(("/", os.sep)):
        raise click.UsageError(f"-o {output} names a folder; one article is written to a file (or to stdout)")
    if output and output != "-" and path != "-" and _same_file(path, output):
        fail(f"-o {output} is the input file; use --in-place to rewrite it")
    try:
        text = read_text(path, encoding, errors)
    except InputError as e:
        fail(str(e))
    doc = clean_document(text, config, _single_file_profile(path, batch, config))
    if fmt == "json":
        from .render import to_json

        data = to_json(doc) + "\n"
    else:
        data = render_text(doc)
        data = data + "\n" if data else ""
    if explain:
        from .render import explain as explain_table

        explain_table(doc, sys.stderr, title=None if path == "-" else path)
    for w in doc.warnings:
        click.echo(f"newsclean: warning: {path}: {w}", err=True)
    if output and output != "-":
        try:
            atomic_write(output, data)
        except OSError as e:
            fail(f"{output}: cannot write ({e.strerror})")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data.encode("utf-8"))
        sys.stdout.buffer.flush()


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _same_path(a: str, b: str) -> bool:
    """The same file, whether or not it exists yet."""
    import os

    return _same_file(a, b) or os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _may_be_output(path: str, folder: str, glob: tuple[str, ...]) -> bool:
    """Whether `path` lies below the output `folder` with a name a cleaned
    file may have there (the inputs' names match --glob)."""
    import os

    from .io import glob_match

    root, real = os.path.realpath(folder), os.path.realpath(path)
    if not real.startswith(root + os.sep):
        return False
    rel = os.path.relpath(real, root).replace(os.sep, "/")
    # (Under the first folder level: an input folder's tree is mirrored one level down.)
    return glob_match(glob, os.path.basename(real), rel) or glob_match(glob, os.path.basename(real), rel.partition("/")[2])


def _is_input(path: str, paths: list[str], glob: tuple[str, ...]) -> bool:
    """Whether `path` is one of the inputs named or found in the input folders."""
    import os

    from .io import glob_match

    if any(p != "-" and _same_file(p, path) for p in paths):
        return True
    real = os.path.realpath(path)
    for p in paths:
        if p != "-" and os.path.isdir(p):
            root = os.path.realpath(p)
            if real.startswith(root + os.sep):
                rel = os.path.relpath(real, root).replace(os.sep, "/")
                if glob_match(glob, os.path.basename(real), rel):
                    return True
    return False


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt: str) -> None:
    """List the reason codes with their names and messages."""
    if fmt == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "message": r.message, "keep": r.keep}
                               for r in REASONS.values()], indent=2))
        return
    for r in REASONS.values():
        click.echo(f"{r.code}  {r.name:<20} {r.message}")


# Batch options with no meaning for `clean --in-place FILE...` (files are
# fixed one by one, as `check` reports them, without site counts).
_NOT_FOR_FILES_IN_PLACE = ("report", "profile", "save_profile", "site", "site_field", "skip_existing")

# Options that change decisions go to the settings resolver; the rest of
# clean's options steer batch mode.  Derived, not listed, so that a new
# Config field or selector option cannot be silently dropped.
_DECISION_KEYS = set(option_names()) | {"extend_select", "extend_ignore"}
clean.params_default = {p.name: p.default for p in clean.params}


def _single_file_profile(path: str, batch: dict, config: Config):
    """The site view for one file checked against --profile (None without one)."""
    for name in ("report", "save_profile", "site_field", "skip_existing"):
        if batch[name]:
            raise click.UsageError(f"--{name.replace('_', '-')} applies to folders and JSONL only")
    if not batch["profile"] or not config.site_boilerplate:
        if batch["site"]:
            raise click.UsageError("--site needs --profile")
        return None
    import os

    from .corpus import ProfileError, SiteCounts

    try:
        counts = SiteCounts.load(batch["profile"])
    except ProfileError as e:
        fail(str(e))
    site = batch["site"]
    if site is None:
        from .batch import site_label

        parent = site_label(os.path.basename(os.path.dirname(os.path.abspath(path)))) if path != "-" else None
        if parent in counts.site_names:
            site = parent
        elif len(counts.site_names) == 1:
            site = counts.site_names[0]
        else:
            raise click.UsageError(f"{batch['profile']} holds {len(counts.site_names)} sites; name one with --site")
    elif site not in counts.site_names:
        raise click.UsageError(f"site '{site}' is not in {batch['profile']}")
    return counts.view(site, config)


def run_batch_command(paths, output, fmt, explain, encoding, errors, config: Config, batch: dict,
                      per_folder: dict | None = None) -> int:
    """Batch mode of `clean`: check the options, run, print the summary; returns the exit code."""
    import json
    import os

    from .batch import BatchOptions, RecordFields, is_jsonl, run_batch, unique_inputs
    from .corpus import ProfileError
    from .jsonline import SUMMARY_FIELD
    from .render import RichProgress, batch_failures, batch_summary
    from .runtime import worker_count

    if fmt != "text" or explain:
        raise click.UsageError("--format json and --explain apply to one file; batch mode writes text files or JSONL")
    if batch["site"]:
        raise click.UsageError("--site applies to one file checked with --profile")
    jsonl = [p for p in paths if batch["jsonl"] or is_jsonl(p)]
    if "-" in paths and (len(paths) > 1 or not jsonl):
        raise click.UsageError("'-' (standard input) is allowed in batch mode only as the one JSONL input")
    if batch["in_place"]:
        if output:
            raise click.UsageError("--in-place and -o exclude each other")
        if "-" in paths:
            raise click.UsageError("--in-place needs files, not standard input")
        if batch["skip_existing"]:
            raise click.UsageError("--skip-existing needs -o (in place, every input exists)")
    elif not output and not (len(paths) == 1 and jsonl):
        raise click.UsageError("batch mode needs -o OUTDIR or --in-place")
    if output == "-" and not (len(paths) == 1 and jsonl):
        raise click.UsageError("-o - (standard output) takes one JSONL input; folders and several files need -o OUTDIR")
    folders = [p for p in paths if os.path.isdir(p)]
    if output and (len(paths) > 1 or folders) and os.path.exists(output) and not os.path.isdir(output):
        what = "several inputs need" if len(paths) > 1 else "a folder input needs"
        raise click.UsageError(f"-o {output} is a file; {what} an output folder")
    if not batch["in_place"] and not (len(paths) == 1 and jsonl):
        # Each file and JSONL input is written under its own name, and so is
        # each folder when there are several: two alike would overwrite or mix
        # (one input named twice is cleaned once: no clash).
        unique = unique_inputs(paths)
        unique_folders = [p for p in unique if p in folders]
        names = [os.path.basename(os.path.normpath(os.path.abspath(p))) for p in unique
                 if p != "-" and (len(unique_folders) > 1 or p not in unique_folders)]
        if len(set(names)) < len(names):
            raise click.UsageError("inputs with the same name would mix in the output; clean them separately")
    for p in paths:
        if p != "-" and not os.path.exists(p) and not os.path.islink(p):
            raise click.UsageError(f"{p}: no such file or folder")
    if batch["profile"] and batch["save_profile"]:
        raise click.UsageError("--profile and --save-profile exclude each other")
    if batch["save_profile"] and "-" in paths:
        raise click.UsageError("--save-profile needs files: standard input is read once, so its sites are not "
                               "counted (count from the file, or clean the stream with --profile)")
    if batch["text_field"] == SUMMARY_FIELD:
        raise click.UsageError(f"--text-field {SUMMARY_FIELD}: that field holds newsclean's own summary of each record")
    if output and output != "-" and not batch["in_place"] \
            and any(p != "-" and not os.path.isdir(p) and _same_path(p, output) for p in paths):
        raise click.UsageError(f"-o {output} is an input; use --in-place to rewrite it")
    for name in ("report", "save_profile"):
        # Fail now, not after hours of cleaning, when the file cannot be written.
        if batch[name] and not os.path.isdir(os.path.dirname(os.path.abspath(batch[name]))):
            raise click.UsageError(f"--{name.replace('_', '-')} {batch[name]}: its folder does not exist")
        if batch[name] and _is_input(batch[name], paths, batch["glob"]):
            raise click.UsageError(f"--{name.replace('_', '-')} {batch[name]} is an input; it would be overwritten")
        if batch[name] and output and output != "-" and _same_path(batch[name], output):
            raise click.UsageError(f"--{name.replace('_', '-')} {batch[name]} is the output (-o); one would overwrite the other")
        if batch[name] and output and not (len(paths) == 1 and jsonl) and _may_be_output(batch[name], output,
                                                                                         batch["glob"]):
            raise click.UsageError(f"--{name.replace('_', '-')} {batch[name]} is inside the output folder {output} "
                                   "and matches --glob; a cleaned file could overwrite it")
    if batch["report"] and batch["save_profile"] and _same_path(batch["report"], batch["save_profile"]):
        raise click.UsageError("--report and --save-profile name the same file")
    if output and not batch["in_place"] and any(os.path.isdir(p) and _same_file(p, output) for p in paths):
        raise click.UsageError(f"-o {output} is the input folder; use --in-place to rewrite its files")
    if batch["in_place"] and errors == "replace":
        raise click.UsageError("--in-place cannot be combined with --errors replace (undecodable bytes would be "
                               "replaced in the files); name the encoding with --encoding NAME")
    options = BatchOptions(
        config=config,
        output=output,
        in_place=batch["in_place"],
        glob=batch["glob"],
        site_depth=batch["site_depth"],
        jsonl=batch["jsonl"],
        fields=RecordFields(batch["text_field"], batch["id_field"], batch["site_field"]),
        jobs=worker_count(batch["jobs"]),
        skip_existing=batch["skip_existing"],
        strict=batch["strict"],
        profile=batch["profile"],
        save_profile=batch["save_profile"],
        encoding=encoding,
        errors=errors,
        settings_per_folder=per_folder,
    )
    if output and not (len(paths) == 1 and jsonl):
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as e:
            fail(f"{output}: cannot create the output folder ({e.strerror})")
    show = not batch["quiet"] and sys.stderr.isatty()
    try:
        summary = run_batch(paths, options, RichProgress(sys.stderr) if show else None)
    except ProfileError as e:
        fail(str(e))
    if not batch["quiet"]:
        batch_summary(summary, sys.stderr)
    else:
        batch_failures(summary, sys.stderr)
    if folders and not (summary.files or summary.records or summary.skipped or summary.failed):
        # As `check` says: an empty result is more often a wrong --glob than a clean tree.
        sys.stderr.write(f"newsclean: warning: no files to clean (looked for {', '.join(batch['glob'])})\n")
    if batch["report"]:
        try:
            # File names that are not UTF-8 hold lone surrogates: written as \udcXX escapes.
            report = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
            atomic_write(batch["report"], report.encode("utf-8", "backslashreplace"))
        except OSError as e:
            fail(f"{batch['report']}: cannot write ({e.strerror})")
    return summary.exit_code


from . import check as _check  # noqa: E402  (registers `check` and `config`)

_check.register(main, decision_options, settings_options)


def run() -> None:
    """The `newsclean` program (console script and ``python -m newsclean``)."""
    from .runtime import tune_for_batch_work

    tune_for_batch_work()
    main()
