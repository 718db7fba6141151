"""Configuration files: discovery, precedence, validation, provenance."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.cli import main
from newsclean.config import Config, ConfigError
from newsclean.settings import config_keys, find_config_file, resolve

from test_check import CLEAN, DIRTY


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture(autouse=True)
def _fresh_cache():
    find_config_file.cache_clear()
    yield
    find_config_file.cache_clear()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_defaults_without_any_file(tmp_path):
    s = resolve(path=tmp_path / "a.txt")
    assert s.config == Config() and s.config_file is None
    assert set(s.sources.values()) == {"default"}


def test_nearest_pyproject_upward_from_the_file(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newsclean]\nlang = 'de'\n")
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: passed over
    s = resolve(path=tmp_path / "a" / "b" / "c.txt")
    assert s.config.lang == "de" and s.config_file == (tmp_path / "pyproject.toml").resolve()
    assert s.sources["lang"] == str(s.config_file)


def test_newsclean_toml_wins_in_the_same_folder_and_nearer_wins(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newsclean]\nlang = 'de'\n")
    write(tmp_path / "newsclean.toml", "lang = 'fr'\n")
    assert resolve(path=tmp_path / "x.txt").config.lang == "fr"
    write(tmp_path / "sub" / "pyproject.toml", "[tool.newsclean]\nlang = 'es'\n")
    assert resolve(path=tmp_path / "sub" / "x.txt").config.lang == "es"


def test_working_directory_for_stdin(tmp_path, monkeypatch):
    write(tmp_path / "newsclean.toml", "dedup = false\n")
    monkeypatch.chdir(tmp_path)
    assert resolve(path=None).config.dedup is False
    assert resolve(path="-").config.dedup is False


def test_explicit_config_and_isolated(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newsclean]\nlang = 'de'\n")
    other = write(tmp_path / "elsewhere" / "my.toml", "lang = 'it'\n")
    assert resolve(path=tmp_path / "a.txt", config_file=other).config.lang == "it"
    assert resolve(path=tmp_path / "a.txt", isolated=True).config.lang is None
    with pytest.raises(ConfigError, match="no such configuration file"):
        resolve(path=tmp_path / "a.txt", config_file=tmp_path / "missing.toml")


def test_cli_wins_over_file_and_dashes_or_underscores(tmp_path):
    write(tmp_path / "newsclean.toml", "near_duplicate_jaccard = 0.7\nkeep-lang = ['en']\nlang = 'de'\n")
    s = resolve({"lang": "fr"}, path=tmp_path / "a.txt", cli_names={"lang": "--lang"})
    assert s.config.lang == "fr" and s.sources["lang"] == "command line (--lang)"
    assert s.config.near_duplicate_jaccard == 0.7 and s.config.keep_lang == ("en",)


def test_extend_ignore_adds_to_file_and_cli(tmp_path):
    write(tmp_path / "newsclean.toml", "ignore = ['B120']\nextend-ignore = ['L']\n")
    s = resolve({"extend-ignore": "D101"}, path=tmp_path / "a.txt")
    assert s.config.ignore == ("B120", "L", "D101")
    s = resolve({"ignore": "B1"}, path=tmp_path / "a.txt")  # --ignore replaces the file's ignore
    assert s.config.ignore == ("B1", "L")


def test_extend_select(tmp_path):
    write(tmp_path / "newsclean.toml", "select = ['D']\nextend-select = ['L']\n")
    assert resolve(path=tmp_path / "a.txt").config.select == ("D", "L")


@pytest.mark.parametrize("text, message", [
    ("lnag = 'de'\n", "unknown setting 'lnag'; did you mean lang?"),
    ("extend-ingore = ['D']\n", "did you mean extend-ignore"),
    ("dedup = 'no'\n", "setting 'dedup' takes true or false"),
    ("summary_window = 1.5\n", "takes a whole number"),
    ("select = ['Q']\n", "unknown reason code or prefix 'Q'"),
    ("output-format = 'xml'\n", "output-format"),
    ("[lint]\nselect = ['D']\n", "unknown setting 'lint'"),
    ("lang = {a = 1}\n", "takes a value, not a table"),
    ("lang = \n", "invalid TOML"),
    ("lang = 'xx'\n", "unknown language code 'xx'"),
    ("max-drop-share = -1\n", "takes a number from 0 to 1"),
    ("near-duplicate-jaccard = 5\n", "takes a number from 0 to 1"),
    ("summary-window = -2\n", "0 or more"),
])
def test_bad_files_are_errors_naming_the_file(tmp_path, text, message):
    f = write(tmp_path / "newsclean.toml", text)
    with pytest.raises(ConfigError) as e:
        resolve(path=tmp_path / "a.txt")
    assert str(f) in str(e.value) and message in str(e.value)


def test_unknown_key_lists_valid_names_when_nothing_is_close(tmp_path):
    write(tmp_path / "newsclean.toml", "zzzzzz = 1\n")
    with pytest.raises(ConfigError, match="valid keys: .*near-duplicate-jaccard"):
        resolve(path=tmp_path / "a.txt")


def test_bad_config_is_exit_2_for_check_and_clean(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newsclean]\nlnag = 'de'\n")
    f = write(tmp_path / "a.txt", DIRTY)
    for args in (["check", f], ["clean", f], ["clean", "--in-place", f], ["config", f]):
        r = CliRunner().invoke(main, [str(a) for a in args])
        assert r.exit_code == 2, args
        assert "did you mean lang?" in r.stderr and "Traceback" not in r.stderr
    assert f.read_text("utf-8") == DIRTY


def test_every_decision_option_has_a_config_key():
    keys = set(config_keys())
    check_cmd = main.commands["check"]
    decision_flags = {"--lang", "--keep-lang", "--no-language-filter", "--no-dedup", "--no-boilerplate",
                      "--select", "--ignore", "--extend-select", "--extend-ignore", "--output-format"}
    names = {opt for p in check_cmd.params for opt in getattr(p, "opts", [])}
    assert decision_flags <= names
    for flag in decision_flags:
        key = flag[2:].removeprefix("no-")
        assert key in keys, flag


def test_check_and_fix_share_the_configuration(tmp_path):
    # The file ignores duplicates: check passes and clean --in-place keeps the file as it is.
    write(tmp_path / "pyproject.toml", "[tool.newsclean]\nextend-ignore = ['D']\n")
    f = write(tmp_path / "news" / "a.txt", DIRTY)
    assert run("check", f).exit_code == 0
    run("clean", "--in-place", f)
    assert f.read_text("utf-8") == DIRTY
    # Without the file, both see the duplicate.
    assert run("check", "--isolated", f).exit_code == 1
    run("clean", "--isolated", "--in-place", f)
    assert f.read_text("utf-8") == CLEAN


def test_config_command_shows_values_and_sources(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", "[tool.newsclean]\nlang = 'de'\nextend-ignore = ['B120']\n")
    r = run("config", tmp_path / "a.txt", "--no-dedup")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert f"# configuration file: {cfg.resolve()}" in lines
    assert any(l.startswith('lang = "de"') and l.endswith(f"# {cfg.resolve()}") for l in lines)
    assert any(l.startswith("dedup = false") and l.endswith("# command line (--no-dedup)") for l in lines)
    assert any(l.startswith("summary-window = 2") and l.endswith("# default") for l in lines)
    data = json.loads(run("config", tmp_path / "a.txt", "--format", "json").stdout)
    assert data["settings"]["extend-ignore"] == {"value": ["B120"], "source": str(cfg.resolve())}
    assert set(data["settings"]) == set(config_keys())


def test_config_output_is_valid_toml_that_round_trips(tmp_path):
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover
        import tomli as tomllib
    write(tmp_path / "newsclean.toml", "lang = 'de'\nsummary-overlap = 0.55\n")
    shown = run("config", tmp_path / "a.txt").stdout
    table = tomllib.loads(shown)["tool"]["newsclean"]
    again = write(tmp_path / "other" / "newsclean.toml", shown)
    assert resolve(path=again.parent / "x.txt").config == resolve(path=tmp_path / "a.txt").config
    assert table["lang"] == "de"


def test_show_settings_flag(tmp_path):
    write(tmp_path / "newsclean.toml", "lang = 'de'\n")
    f = write(tmp_path / "a.txt", DIRTY)
    r = run("check", "--show-settings", f)
    assert r.exit_code == 0 and 'lang = "de"' in r.stdout and "D101" not in r.stdout


def test_a_config_file_that_is_not_utf8_is_an_error_naming_it(tmp_path):
    (tmp_path / "pyproject.toml").write_bytes(b'[tool.newsclean]\nlang = "caf\xe9"\n')
    with pytest.raises(ConfigError, match="pyproject.toml: not UTF-8"):
        resolve(path=tmp_path / "a.txt")


@pytest.mark.parametrize("written, codes", [
    ("zh-CN", ("zh-cn",)), ("zh_cn", ("zh-cn",)), ("EN", ("en",)), ("pt-BR", ("pt",)),
    ("nb", ("no",)), ("zh", ("zh-cn", "zh-tw")),
])
def test_language_codes_as_users_write_them(written, codes):
    assert Config().with_options(keep_lang=written).keep_lang == codes
    assert Config().with_options(lang=written).lang == codes[0]


def test_an_empty_select_on_the_command_line_is_an_error(tmp_path):
    # "--select $CODES" with CODES unset must not turn every rule off.
    from click.testing import CliRunner

    from newsclean.cli import main

    (tmp_path / "a.txt").write_text("Share\n\nThe council approved the new bridge over the river on Tuesday.\n")
    for value in ("", ",", " , "):
        r = CliRunner().invoke(main, ["check", str(tmp_path), "--isolated", "--select", value])
        assert r.exit_code == 2 and "names no reason code" in r.output
    assert CliRunner().invoke(main, ["check", str(tmp_path), "--isolated", "--select", "D"]).exit_code == 0
