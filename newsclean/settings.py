"""Settings from configuration files and the command line, with their origin.

Like ruff, newsclean reads ``[tool.newsclean]`` from the nearest
``pyproject.toml`` or the top level of the nearest ``newsclean.toml``,
searching upward from the checked file's folder (or the working directory for
standard input).  In one folder ``newsclean.toml`` wins over ``pyproject.toml``;
a ``pyproject.toml`` without a ``[tool.newsclean]`` table is passed over.
``--config FILE`` names the file instead and ``--isolated`` ignores all files.
Command-line options win over the file, the file over the defaults.

Keys are the `Config` field names (dashes or underscores), plus:

* ``extend-select`` / ``extend-ignore``: codes added to ``select`` / ``ignore``
  without replacing them (as in ruff);
* ``output-format``: the default ``check --output-format``.

Unknown keys and unknown reason codes are errors that suggest the close
names.  Everything here is cached per folder, so checking a thousand files
parses each configuration file once.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, normalize_options

CONFIG_FILENAMES = ("newsclean.toml", "pyproject.toml")
OUTPUT_FORMATS = ("concise", "full", "json", "github")
SELECTOR_KEYS = ("select", "ignore", "extend-select", "extend-ignore")
# Keys that are not Config fields but still belong in the file.
EXTRA_KEYS = ("extend-select", "extend-ignore", "output-format")
DEFAULT_SOURCE = "default"


def _dashed(name: str) -> str:
    return name.replace("_", "-")


def config_keys() -> list[str]:
    """Every valid key, dashed, in Config order then the extra keys."""
    return [_dashed(f.name) for f in fields(Config)] + list(EXTRA_KEYS)


@dataclass(frozen=True)
class Settings:
    """The effective settings for one file and where each came from."""

    config: Config
    output_format: str
    config_file: Path | None
    # dashed key -> "default" | a config file path | "command line (--opt)"
    sources: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    # The effective value of every key, for `newsclean config`.
    values: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# --- finding and reading files ---------------------------------------------


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror})") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML ({e})") from None
    except UnicodeDecodeError as e:  # TOML is UTF-8
        raise ConfigError(f"{path}: not UTF-8 (byte {e.start}); TOML files must be UTF-8") from None


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    """The [tool.newsclean] table of a pyproject.toml, None when it has none."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if b"newsclean" not in raw:  # cheap test before parsing
        return None
    table = _load_toml(path).get("tool", {}).get("newsclean")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.newsclean] must be a table")
    return table


@lru_cache(maxsize=1024)
def find_config_file(folder: Path) -> Path | None:
    """The nearest configuration file in `folder` or above it."""
    folder = folder.resolve()
    for d in (folder, *folder.parents):
        for name in CONFIG_FILENAMES:
            candidate = d / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and _pyproject_table(candidate) is None:
                continue
            return candidate
    return None


@lru_cache(maxsize=256)
def _read_file_table(path: Path) -> tuple[tuple[str, Any], ...]:
    if path.name == "pyproject.toml":
        table = _pyproject_table(path)
        if table is None:
            # --config pointing at a pyproject.toml without a table: no settings.
            table = {}
    else:
        table = _load_toml(path)
        # A newsclean.toml may also hold a [tool.newsclean] table (copied from pyproject).
        if set(table) == {"tool"} and isinstance(table["tool"], dict) and "newsclean" in table["tool"]:
            table = table["tool"]["newsclean"]
    return tuple(table.items())


def read_config_file(path: str | Path) -> dict[str, Any]:
    """The settings of one file, keys dashed and checked; values checked."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    raw = dict(_read_file_table(path.resolve()))
    try:
        return validate(raw)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from None


# --- validating values -------------------------------------------------------


def _suggest(name: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(name, valid, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else f"; valid keys: {', '.join(valid)}"


def _selectors(key: str, value: Any) -> tuple[str, ...]:
    from .reasons import REASONS, known_selector

    if isinstance(value, str):
        if key == "select" and not value.replace(",", "").strip():
            # ("--select $CODES" with CODES unset would silently turn every rule off.)
            raise ConfigError("setting 'select' names no reason code; leave it out to select all (ALL)")
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"setting '{key}' takes a list of reason codes or prefixes")
    out = []
    for v in value:
        code = v.strip().upper()
        if not known_selector(code):
            prefixes = sorted({c[:i] for c in REASONS for i in range(1, 5)} | {"ALL"})
            close = difflib.get_close_matches(code, prefixes, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else "; see `newsclean rules`"
            raise ConfigError(f"setting '{key}': unknown reason code or prefix '{v}'{hint}")
        out.append(code)
    return tuple(out)


def validate(raw: dict[str, Any]) -> dict[str, Any]:
    """Check names and values; return them keyed by dashed name."""
    valid = config_keys()
    out: dict[str, Any] = {}
    for raw_key, value in raw.items():
        key = _dashed(raw_key)
        if key not in valid:
            raise ConfigError(f"unknown setting '{raw_key}'{_suggest(key, valid)}")
        if isinstance(value, dict):
            raise ConfigError(f"setting '{raw_key}' takes a value, not a table")
        if key in SELECTOR_KEYS:
            out[key] = _selectors(key, value)
        elif key == "output-format":
            if value not in OUTPUT_FORMATS:
                raise ConfigError(f"setting 'output-format' takes one of {', '.join(OUTPUT_FORMATS)}")
            out[key] = value
        else:
            out[key] = normalize_options({key: value})[key.replace("-", "_")]
    return out


# --- resolving ---------------------------------------------------------------


def resolve(
    cli: dict[str, Any] | None = None,
    *,
    path: str | Path | None = None,
    config_file: str | Path | None = None,
    isolated: bool = False,
    cli_names: dict[str, str] | None = None,
) -> Settings:
    """Effective settings for `path` (a file or a folder, or None for the working directory).

    `cli` maps keys (dashed or underscored) to command-line values; None values
    mean "not given".  `cli_names` maps a key to the option that set it, for
    the provenance shown by `newsclean config`.
    """
    cli_values = validate({k: v for k, v in (cli or {}).items() if v is not None})
    if isolated:
        file = None
    elif config_file is not None:
        file = Path(config_file)
    else:
        if path in (None, "-"):
            folder = Path.cwd()
        else:
            folder = Path(path) if Path(path).is_dir() else Path(path).parent  # a folder's own file counts
        file = find_config_file(folder if str(folder) else Path("."))
    file_values = read_config_file(file) if file is not None else {}
    return _merge(file_values, cli_values, file, cli_names or {})


def _merge(file_values: dict[str, Any], cli_values: dict[str, Any], file: Path | None,
           cli_names: dict[str, str]) -> Settings:
    defaults = Config()
    values: dict[str, Any] = {_dashed(f.name): getattr(defaults, f.name) for f in fields(Config)}
    values.update({"extend-select": (), "extend-ignore": (), "output-format": "concise"})
    sources = dict.fromkeys(values, DEFAULT_SOURCE)
    for key, value in file_values.items():
        values[key], sources[key] = value, str(file)
    for key, value in cli_values.items():
        option = cli_names.get(key, "--" + key)
        if key in ("extend-select", "extend-ignore"):
            # Extending on the command line adds to what the file extends.
            values[key] = tuple(dict.fromkeys((*values[key], *value)))
            sources[key] = f"command line ({option})" if sources[key] == DEFAULT_SOURCE \
                else f"{sources[key]} + command line ({option})"
        else:
            values[key], sources[key] = value, f"command line ({option})"
    select = tuple(dict.fromkeys((*values["select"], *values["extend-select"])))
    ignore = tuple(dict.fromkeys((*values["ignore"], *values["extend-ignore"])))
    options = {k.replace("-", "_"): v for k, v in values.items() if k not in EXTRA_KEYS}
    options.update(select=select, ignore=ignore)
    try:
        config = Config().with_options(**options)
    except TypeError as e:  # pragma: no cover - validate() catches bad values first
        raise ConfigError(str(e)) from None
    return Settings(config, values["output-format"], file, sources, values)


# --- showing -----------------------------------------------------------------


def _toml_value(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if value is None:
        return '""'
    return json.dumps(value, ensure_ascii=False)


def show(settings: Settings, target: str | None = None) -> str:
    """The effective settings as TOML, each line commented with its origin."""
    lines = [
        f"# newsclean settings for {target or 'the working directory'}",
        f"# configuration file: {settings.config_file or '(none)'}",
        "[tool.newsclean]",
    ]
    rows = [(f"{key} = {_toml_value(value)}", settings.sources[key]) for key, value in settings.values.items()]
    width = max(len(r[0]) for r in rows)
    lines += [f"{left:<{width}}  # {source}" for left, source in rows]
    return "\n".join(lines) + "\n"


def show_json(settings: Settings, target: str | None = None) -> str:
    import json

    return json.dumps(
        {
            "target": target,
            "config_file": str(settings.config_file) if settings.config_file else None,
            "settings": {k: {"value": list(v) if isinstance(v, tuple) else v, "source": settings.sources[k]}
                         for k, v in settings.values.items()},
        },
        ensure_ascii=False,
        indent=2,
    )
