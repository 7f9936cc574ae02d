"""`python -m nexla_recipes` runs the `nexla-recipes` command line."""

import sys

from nexla_recipes.cli import main

sys.exit(main())
