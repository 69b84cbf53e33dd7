"""Entry point: ``python -m benchmarks extract|plants|scaling [options]``.

``extract`` (the default) compares extraction with the peers; ``plants`` measures
contradiction recall on planted changes; ``scaling`` times ``check()`` on grown corpora.
"""

import sys

from benchmarks import plants, run, scaling

_COMMANDS = {"plants": plants.main, "scaling": scaling.main}

if len(sys.argv) > 1 and sys.argv[1] in _COMMANDS:
    raise SystemExit(_COMMANDS[sys.argv[1]](sys.argv[2:]))
raise SystemExit(run.main())
