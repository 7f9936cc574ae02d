"""`python -m generator.recipe_models OUT_DIR SCHEMA...`: the recipes' config models.

datamodel-codegen runs once per JSON Schema with the same command-line arguments as its own
command, but all in one process: importing the tool costs far more than generating a model,
so one import serves every schema.
"""

from __future__ import annotations

import sys
from pathlib import Path


def arguments(schema: Path, output: Path) -> list[str]:
    """datamodel-codegen's command-line arguments for one schema."""
    return [
        "--input",
        str(schema),
        "--input-file-type",
        "jsonschema",
        "--output",
        str(output),
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--base-class",
        "nexla_recipes._redacted_model.RedactedModel",
        "--target-python-version",
        "3.11",
        "--disable-timestamp",
        "--use-title-as-name",
        "--use-annotated",
        "--formatters",
        "ruff-check",
        "ruff-format",
        "--type-mappings",
        "email=string",
    ]


def module_name(schema: Path) -> str:
    return schema.name.removesuffix(".schema.json").replace("-", "_")


def main(argv: list[str]) -> int:
    from datamodel_code_generator.__main__ import main as datamodel_codegen

    out_dir, *schemas = (Path(a) for a in argv)
    for schema in schemas:
        status = datamodel_codegen(arguments(schema, out_dir / f"{module_name(schema)}.py"))
        if status != 0:
            print(f"datamodel-codegen failed on {schema} ({status})", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
