"""`python -m recipes` runs the `nexla-recipes` command line."""

import sys

from recipes.cli import main

sys.exit(main())
