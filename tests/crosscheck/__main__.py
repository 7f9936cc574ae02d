"""`python -m tests.crosscheck`: see run.py."""

import sys

from .run import main

sys.exit(main())
