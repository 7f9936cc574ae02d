"""Models generated from recipes/schemas; do not edit."""
