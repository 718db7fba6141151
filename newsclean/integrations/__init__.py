"""Integrations with data-processing engines (datatrove, Dask).

Each submodule imports its engine lazily, so ``import newsclean`` never needs
them; install the extras with ``pip install newsclean[datatrove]`` or
``pip install newsclean[dask]``.
"""
