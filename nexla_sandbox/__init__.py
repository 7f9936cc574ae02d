"""A local, stateful Nexla API server that speaks spec/ (loopback only)."""
