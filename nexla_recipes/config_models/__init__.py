"""Models generated from nexla_recipes/schemas; do not edit."""
