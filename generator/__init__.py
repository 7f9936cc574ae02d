"""Code generation toolchain for nexla-api: bundle, lint and normalise the spec, then generate the binding."""
