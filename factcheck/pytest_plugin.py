"""pytest plugin: fixtures, assertions and corpus expectation files (loaded lazily)."""
