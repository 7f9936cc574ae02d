"""Checks of the built distributions (sdist, wheel, extras)."""
