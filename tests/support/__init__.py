"""Tooling of the tests: reading the executed notebooks and the chapter sources."""
