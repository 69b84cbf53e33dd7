"""Entry point: ``python -m benchmarks extract``."""

from benchmarks.run import main

raise SystemExit(main())
