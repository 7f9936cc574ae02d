"""A full regeneration into a scratch directory: bundle, lint, validate, normalise, run
openapi-python-client (with our templates and ruff hooks) and datamodel-codegen — everything
`python -m generator generate` does except copying the result over the working tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator import codegen
from generator.__main__ import linted_bundle, valid_openapi
from generator.normalize import normalize


def main() -> int:
    doc = linted_bundle()
    if doc is None:
        return 1
    with codegen.scratch_dir() as tmp:
        generation = codegen.start_generation(normalize(doc), Path(tmp))
        if not valid_openapi(doc):
            generation.cancel()
            return 1
        package = generation.wait()
        files = sum(1 for _ in package.rglob("*.py"))
    print(f"generated {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
