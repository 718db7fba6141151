"""Clean a JSONL corpus with datatrove: count site boilerplate, merge, clean.

    pip install 'newsclean[datatrove]'
    python examples/datatrove_pipeline.py [WORKDIR]

Writes a small generated corpus (two shards), then runs the three stages with
LocalPipelineExecutor.  On a cluster, swap in SlurmPipelineExecutor or
RayPipelineExecutor with the same steps, and point the folders at shared or
remote storage (s3://..., hf://...).
"""

import sys
import tempfile
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor

from newsclean.integrations.datatrove import (
    NewscleanJsonlReader,
    NewscleanJsonlWriter,
    NewscleanSiteCounter,
    NewscleanSiteCountsMerger,
    NewscleanStep,
)
from newsclean.integrations.synthetic import write_jsonl

if __name__ == "__main__":  # worker processes re-import this file
    work = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="newsclean-datatrove-"))
    (work / "in").mkdir(parents=True, exist_ok=True)
    for shard in range(2):
        write_jsonl(str(work / "in" / f"part-{shard}.jsonl"), n_docs=100, seed=shard)

    TASKS, SHARDS = 2, 2
    count = LocalPipelineExecutor(
        pipeline=[NewscleanJsonlReader(f"{work}/in"),
                  NewscleanSiteCounter(f"{work}/counts", site_field="url", shards=SHARDS)],  # URLs group by host
        tasks=TASKS, logging_dir=f"{work}/logs/count")
    merge = LocalPipelineExecutor(
        pipeline=[NewscleanSiteCountsMerger(f"{work}/counts", f"{work}/merged")],
        tasks=SHARDS, logging_dir=f"{work}/logs/merge", depends=count)
    clean = LocalPipelineExecutor(
        pipeline=[NewscleanJsonlReader(f"{work}/in"),
                  NewscleanStep(counts_folder=f"{work}/merged", site_field="url"),  # decisions in metadata
                  NewscleanJsonlWriter(f"{work}/out")],  # the CLI's JSONL output
        tasks=TASKS, logging_dir=f"{work}/logs/clean", depends=merge)
    clean.run()  # runs count and merge first

    print(f"cleaned records: {work}/out/*.jsonl")
