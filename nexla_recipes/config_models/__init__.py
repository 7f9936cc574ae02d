# generated from nexla_recipes/schemas/ by generator — do not edit
"""Models generated from nexla_recipes/schemas; do not edit."""
