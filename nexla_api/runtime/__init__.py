"""Hand-written runtime of nexla_api: configuration, auth, retries, errors, pagination."""
