"""datatrove integration, run for real with the local executor on a generated corpus."""

from __future__ import annotations

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSONL reader and writer need it

from _scale_reference import cli_output, corpus, write_shards  # noqa: E402

from newsclean.integrations.datatrove import (  # noqa: E402
    NewscleanJsonlReader,
    NewscleanJsonlWriter,
    NewscleanStep,
    run_local,
)


def _concat(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob("*.jsonl")))


def test_local_executor_two_tasks_equals_cli(tmp_path):
    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=2)
    run_local(str(tmp_path / "in"), str(tmp_path / "out"), tasks=2, workers=2,
              logging_dir=str(tmp_path / "logs"))
    assert _concat(tmp_path / "out") == cli_output(recs, tmp_path, "--no-site-boilerplate")


def test_step_records_decisions_in_metadata(tmp_path):
    recs = corpus(12)
    write_shards(recs, tmp_path / "in", shards=1)
    reader = NewscleanJsonlReader(str(tmp_path / "in"))
    docs = list(NewscleanStep()(reader()))
    assert [d.id for d in docs] == [str(r["id"]) for r in recs if "text" in r]
    for doc in docs:
        meta = doc.metadata["newsclean"]
        assert list(meta) == ["language", "kept", "dropped", "paragraphs"]
        kept = [p["text"] for p in meta["paragraphs"] if p["kept"]]
        assert all(k in doc.text for k in kept) and len(kept) == meta["kept"]
        assert sum(meta["dropped"].values()) == sum(not p["kept"] for p in meta["paragraphs"])
    assert any(doc.metadata["newsclean"]["dropped"] for doc in docs)


def test_options_reach_the_step(tmp_path):
    recs = corpus(12)
    write_shards(recs, tmp_path / "in", shards=1)
    docs = list(NewscleanStep(boilerplate=False, dedup=False, language_filter=False)(
        NewscleanJsonlReader(str(tmp_path / "in"))()))
    assert not any(doc.metadata["newsclean"]["dropped"] for doc in docs)


def test_writer_keeps_field_order_and_unicode(tmp_path):
    recs = corpus(12)
    write_shards(recs, tmp_path / "in", shards=1)
    writer = NewscleanJsonlWriter(str(tmp_path / "out"))
    with writer:
        for doc in NewscleanStep()(NewscleanJsonlReader(str(tmp_path / "in"))()):
            writer.write(doc, rank=0)
    data = _concat(tmp_path / "out").decode("utf-8")
    assert "Zürich café" in data and "\\u" not in data
    assert data == cli_output(recs, tmp_path, "--no-site-boilerplate").decode("utf-8")


def test_site_boilerplate_two_stages_equals_cli(tmp_path):
    pytest.importorskip("newsclean.corpus")
    from newsclean.integrations.datatrove import site_boilerplate_executors

    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=2)
    count, merge, clean = site_boilerplate_executors(
        str(tmp_path / "in"), str(tmp_path / "out"), str(tmp_path / "work"), tasks=2, workers=2, shards=3,
        site_field="site")
    clean.run()
    assert len(list((tmp_path / "work" / "merged").glob("*.counts"))) == 3
    got = _concat(tmp_path / "out")
    assert got == cli_output(recs, tmp_path, "--site-field", "site")
    assert b'"S101"' in got  # the generated sites' furniture is found


def test_site_boilerplate_by_url_host_equals_cli(tmp_path):
    pytest.importorskip("newsclean.corpus")
    from newsclean.integrations.datatrove import site_boilerplate_executors

    recs = corpus()
    write_shards(recs, tmp_path / "in", shards=1)
    *_, clean = site_boilerplate_executors(str(tmp_path / "in"), str(tmp_path / "out"), str(tmp_path / "work"),
                                           site_field="url")
    clean.run()
    assert _concat(tmp_path / "out") == cli_output(recs, tmp_path, "--site-field", "url")


def test_site_shards_are_stable():
    from newsclean.integrations.datatrove import site_shard

    assert site_shard("riverside.example", 1) == 0
    assert site_shard("riverside.example", 7) == site_shard("riverside.example", 7)
    assert {site_shard(f"site{i}.example", 4) for i in range(50)} == {0, 1, 2, 3}
