"""Dask integration, run for real with the local process scheduler on a generated corpus."""

from __future__ import annotations

import pytest

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")

from _scale_reference import cli_output, corpus, write_shards  # noqa: E402

from newsclean.integrations.dask import clean_bag, read_jsonl, to_jsonl  # noqa: E402


def _concat(paths) -> bytes:
    return b"".join(open(p, "rb").read() for p in paths)


@pytest.mark.parametrize("scheduler", ["processes", "threads"])
def test_clean_bag_equals_cli(tmp_path, scheduler):
    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=2)
    with dask.config.set(scheduler=scheduler, num_workers=2):
        files = to_jsonl(clean_bag(read_jsonl(str(tmp_path / "in" / "*.jsonl"))), str(tmp_path / "out"))
    assert len(files) == 2
    assert _concat(files) == cli_output(recs, tmp_path, "--no-site-boilerplate")


def test_options_reach_the_workers(tmp_path):
    recs = corpus(12)
    write_shards(recs, tmp_path / "in", shards=1)
    bag = clean_bag(read_jsonl(str(tmp_path / "in" / "*.jsonl")), dedup=False, boilerplate=False,
                    language_filter=False)
    out = bag.compute(scheduler="sync")
    assert [r["id"] for r in out] == [r["id"] for r in recs if "text" in r]
    assert not any(r["newsclean"]["dropped"] for r in out)


def test_paragraph_records_on_request(tmp_path):
    recs = corpus(12)
    write_shards(recs, tmp_path / "in", shards=1)
    out = clean_bag(read_jsonl(str(tmp_path / "in" / "*.jsonl")), paragraphs=True).compute(scheduler="sync")
    for r in out:
        paras = r["newsclean"]["paragraphs"]
        assert sum(p["kept"] for p in paras) == r["newsclean"]["kept"]


def test_site_boilerplate_two_stages_equals_cli(tmp_path):
    pytest.importorskip("newsclean.corpus")
    from newsclean.integrations.dask import clean_corpus

    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=2)
    # Small blocks: several partitions per file, so the counts merge in a tree.
    bag = read_jsonl(str(tmp_path / "in" / "*.jsonl"), blocksize=20_000, site_field="site")
    assert bag.npartitions > 4
    with dask.config.set(scheduler="processes", num_workers=2):
        files = to_jsonl(clean_corpus(bag), str(tmp_path / "out"))
    got = _concat(files)
    assert got == cli_output(recs, tmp_path, "--site-field", "site")
    assert b'"S101"' in got


def test_one_site_without_site_field_equals_cli(tmp_path):
    pytest.importorskip("newsclean.corpus")
    from newsclean.integrations.dask import clean_corpus

    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=2)
    bag = read_jsonl(str(tmp_path / "in" / "*.jsonl"))
    files = to_jsonl(clean_corpus(bag), str(tmp_path / "out"), scheduler="sync")
    assert _concat(files) == cli_output(recs, tmp_path)


def test_counts_do_not_depend_on_partitioning(tmp_path):
    pytest.importorskip("newsclean.corpus")
    from newsclean.integrations.dask import count_sites

    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=2)
    pattern = str(tmp_path / "in" / "*.jsonl")
    one = count_sites(read_jsonl(pattern, site_field="site")).compute(scheduler="sync")
    many = count_sites(read_jsonl(pattern, blocksize=10_000, site_field="site"), split_every=2).compute(
        scheduler="sync")
    assert one == many
    assert one.documents("riverside.example") > 0
