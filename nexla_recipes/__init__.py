"""Hand-written Nexla workflows over the nexla_api binding."""
