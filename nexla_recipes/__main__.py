"""`nexla-recipes` and `python -m nexla_recipes`: the recipes' command line."""

from __future__ import annotations

import sys

from nexla_api.runtime.extras import missing_extra_message


def main() -> int:
    """Check that `nexla-api[recipes]` is installed, then run the command line."""
    problem = missing_extra_message("recipes", "nexla-recipes")
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from nexla_recipes.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
