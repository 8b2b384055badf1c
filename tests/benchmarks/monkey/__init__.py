"""The monkey benchmark's parts (``tests/benchmarks/bench_monkey.py`` is the entry point and
describes the run): ``config`` (sizes, goals, action weights, texts), ``measure`` (exception
capture, heartbeat, watchdog, RSS, widget counts), ``actions`` (the widget actions) and ``child``
(one seed in this process)."""
