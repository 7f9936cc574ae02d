"""Benchmarks: nexla-api vs the official nexla-sdk vs raw httpx + json.loads.

`nox -s bench` runs `python -m bench`; see `bench/__main__.py`. Nothing here is imported by
the package or the tests, and no timing is ever asserted on.
"""
