"""The command line: a thin layer over the API (parse options, call, render)."""

from __future__ import annotations

import sys

import click

from . import __version__
from .config import Config, ConfigError
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
        click.option("--select", metavar="CODES", help="Only act on these reason codes or prefixes (e.g. D,B101)."),
        click.option("--ignore", metavar="CODES", help="Never act on these reason codes or prefixes."),
        click.option("--extend-select", metavar="CODES", help="Add to the selected codes (keeps the configured ones)."),
        click.option("--extend-ignore", metavar="CODES", help="Add to the ignored codes (keeps the configured ones)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


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


@main.command()
@click.argument("inputs", nargs=-1, metavar="[FILE]...")
@click.option("-o", "--output", metavar="OUT", help="Write to OUT (atomically) instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format (json: text, language and per-paragraph decisions).")
@click.option("--explain", is_flag=True, help="Print a table of every decision on stderr.")
@click.option("--encoding", metavar="NAME", help="Decode input with NAME instead of UTF-8.")
@click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
              help="What to do with bytes that do not decode.")
@click.option("-i", "--in-place", is_flag=True, help="Rewrite each FILE with its cleaned text (the fix for `check`).")
@settings_options
@decision_options
def clean(inputs, output, fmt, explain, encoding, errors, in_place, config_file, isolated, **decision) -> None:
    """Clean FILE (or standard input, also as '-') and print the article.

    \b
    Examples:
      newsclean clean article.txt
      newsclean clean - < article.txt
      newsclean clean article.txt -o article.clean.txt --explain
      newsclean clean --in-place a.txt b.jsonl   # fix what `newsclean check` reports
    """
    if in_place:
        from .fix import fix_command

        sys.exit(fix_command(list(inputs), encoding, errors, config_file, isolated, decision,
                             conflicts={"-o": output, "--format json": fmt == "json", "--explain": explain}))
    paths = list(inputs) or ["-"]
    config = build_config(None if paths[0] == "-" else paths[0], config_file, isolated, **decision)
    if len(paths) > 1:
        raise click.UsageError("clean takes one FILE (or '-')")
    path = paths[0]
    try:
        text = read_text(path, encoding, errors)
    except InputError as e:
        fail(str(e))
    doc = clean_document(text, config)
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
        sys.stdout.write(data)
        sys.stdout.flush()


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


from . import check as _check  # noqa: E402  (registers `check` and `config`)

_check.register(main, decision_options, settings_options)
