"""Clean a JSONL corpus with Dask: count site boilerplate, then clean.

    pip install 'newsclean[dask]'
    python examples/dask_pipeline.py [WORKDIR]

Runs on local processes; with `dask.distributed` installed, create a
`Client(...)` for your cluster first and the same code runs there.
"""

import sys
import tempfile
from pathlib import Path

import dask

from newsclean.integrations.dask import clean_corpus, read_jsonl, to_jsonl
from newsclean.integrations.synthetic import write_jsonl

if __name__ == "__main__":  # the process scheduler starts fresh interpreters
    work = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="newsclean-dask-"))
    (work / "in").mkdir(parents=True, exist_ok=True)
    for shard in range(2):
        write_jsonl(str(work / "in" / f"part-{shard}.jsonl"), n_docs=100, seed=shard)

    bag = read_jsonl(f"{work}/in/*.jsonl", site_field="url")  # URLs group by host, as --site-field url
    with dask.config.set(scheduler="processes", num_workers=2):
        files = to_jsonl(clean_corpus(bag), f"{work}/out")  # both stages; identical to the CLI's output
    print("cleaned records:", *files, sep="\n  ")
