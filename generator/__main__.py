"""Command line: python -m generator {bundle,lint,generate,check,coverage,compare-official,api-diff,
connectors-extract}."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from . import (
    api_diff,
    codegen,
    compare_official,
    connectors,
    connectors_extract,
    lock,
)
from .lint import lint
from .normalize import normalize
from .paths import BUILD_DIR
from .spec import SpecError, bundle


def linted_bundle() -> dict[str, Any] | None:
    """Bundle and apply the house lint; print findings."""
    try:
        doc = bundle()
    except SpecError as exc:
        print(f"spec: {exc}", file=sys.stderr)
        return None
    findings = lint(doc)
    for finding in findings:
        print(f"spec: {finding}", file=sys.stderr)
    if findings:
        print(f"spec: {len(findings)} lint error(s)", file=sys.stderr)
        return None
    return doc


#: Digests of bundled specs that passed validation here before (a local cache, not committed).
VALIDATED_CACHE = BUILD_DIR / "validated-specs.txt"


def valid_openapi(doc: dict[str, Any]) -> bool:
    """Validate against the OpenAPI 3.1 meta-schema; print the first problem.

    openapi-spec-validator takes seconds over the whole spec, so a bundle that already passed
    (same bytes, same validator version) is not validated again.
    """
    from importlib import metadata

    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    version = metadata.version("openapi-spec-validator")
    text = json.dumps(doc, sort_keys=True).encode()
    digest = f"{version} {hashlib.sha256(text).hexdigest()}"
    try:
        if digest in VALIDATED_CACHE.read_text(encoding="utf-8").splitlines():
            return True
    except OSError:
        pass
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        pointer = "/" + "/".join(str(p) for p in exc.path)
        print(f"spec: {pointer}: not valid OpenAPI 3.1: {exc.message}", file=sys.stderr)
        return False
    with contextlib.suppress(OSError):
        VALIDATED_CACHE.parent.mkdir(parents=True, exist_ok=True)
        with VALIDATED_CACHE.open("a", encoding="utf-8") as fh:
            fh.write(digest + "\n")
    return True


def _write_json(doc: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_bundle = sub.add_parser(
        "bundle", help="write the bundled spec (and its codegen form) as JSON"
    )
    p_bundle.add_argument("--out", type=Path, default=BUILD_DIR / "openapi.json")
    sub.add_parser("lint", help="validate the spec and apply the house rules")
    sub.add_parser(
        "generate", help="regenerate nexla_api/ (and recipe config models) from the spec"
    )
    p_check = sub.add_parser(
        "check", help="fail if the spec is invalid or the committed binding is stale"
    )
    p_check.add_argument(
        "--full",
        action="store_true",
        help="regenerate and compare even when the generation lock proves nothing changed",
    )
    p_cov = sub.add_parser(
        "coverage", help="report coverage of the official reference; fail on anything missing"
    )
    p_cov.add_argument("--allow-missing", action="store_true", help="report only, exit 0")
    compare_official.add_arguments(
        sub.add_parser("compare-official", help="compare an official reference with our spec")
    )
    api_diff.add_arguments(
        sub.add_parser(
            "api-diff", help="public-surface changes of the binding since a git revision"
        )
    )
    p_extract = sub.add_parser(
        "connectors-extract",
        help="re-extract the connector catalogue's facts from a Markdown catalogue of the official reference",
    )
    p_extract.add_argument("reference", type=Path, help="the official reference's schemas.md")
    args = parser.parse_args(argv)
    if args.command == "connectors-extract":
        facts = connectors_extract.write(args.reference)
        counts = ", ".join(f"{k}: {len(v['types'])}" for k, v in facts["families"].items())
        print(f"wrote {connectors_extract.FACTS_FILE} ({counts})")
        return 0
    if args.command == "check" and not args.full:
        started = time.perf_counter()
        verdict = lock.verify()
        if verdict.proven:
            return _report(
                verdict.problems, f"generation lock, {time.perf_counter() - started:.1f}s"
            )
        shown = ", ".join(verdict.changed[:5]) + (" ..." if len(verdict.changed) > 5 else "")
        print(f"inputs changed since the generation lock ({shown}): regenerating to compare")
    if args.command == "generate":
        connectors.catalogue_problems(write=True)
    elif args.command == "check":
        stale = connectors.catalogue_problems(write=False)
        if stale:
            print("\n".join(stale), file=sys.stderr)
            return 1
    if args.command == "compare-official":
        return compare_official.main(args)
    if args.command == "api-diff":
        return api_diff.main(args)

    started = time.perf_counter()
    doc = linted_bundle()
    if doc is None:
        return 1
    if args.command in ("generate", "check"):
        return _generate_or_check(args.command, doc, started)
    if not valid_openapi(doc):
        return 1
    if args.command == "bundle":
        _write_json(doc, args.out)
        _write_json(normalize(doc), args.out.with_name(args.out.stem + ".codegen.json"))
        print(f"wrote {args.out}")
        return 0
    if args.command == "coverage":
        from .coverage import coverage, report

        cov = coverage(doc)
        print(report(cov))
        return 0 if cov.ok or args.allow_missing else 1
    if args.command == "lint":
        operations = sum(1 for item in doc["paths"].values() for k in item if k != "parameters")
        print(
            f"spec ok: {operations} operations, {len(doc['components'].get('schemas', {}))} schemas"
        )
        return 0
    raise AssertionError(f"unhandled command {args.command}")


def _generate_or_check(command: str, doc: dict[str, Any], started: float) -> int:
    """Generate into a scratch dir while the spec is validated (the tools run in their own
    processes), then install the output (`generate`) or compare it with the tree (`check`)."""
    with codegen.scratch_dir() as tmp:
        out_root = Path(tmp)
        codegen.write_sandbox_spec(doc, out_root)
        generation = codegen.start_generation(normalize(doc), out_root)
        if not valid_openapi(doc):
            generation.cancel()
            return 1
        try:
            generated = generation.wait()
        except codegen.GenerationError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        if command == "generate":
            codegen.install(generated, out_root)
            lock.write()
            print(
                f"generated nexla_api and nexla_sandbox/data in {time.perf_counter() - started:.1f}s"
            )
            return 0
        problems = codegen.compare(generated, out_root)
    if problems:
        return _report(problems, "")
    from .coverage import coverage

    cov = coverage(doc)
    if not cov.ok:
        print(
            "the spec no longer covers the whole official reference; see `nox -s coverage`",
            file=sys.stderr,
        )
        return 1
    verdict = lock.verify()
    if not verdict.proven or verdict.problems:
        print(
            f"note: generator/{lock.LOCK_FILE.name} is out of date; `nox -s generate` "
            "refreshes it so `check` can skip regenerating"
        )
    return _report([], f"{time.perf_counter() - started:.1f}s")


def _report(problems: list[str], how: str) -> int:
    if problems:
        print(
            "the committed binding does not match the spec; run `nox -s generate` and commit:",
            file=sys.stderr,
        )
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"binding up to date ({how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
