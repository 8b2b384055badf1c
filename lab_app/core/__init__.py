"""Models, data and training. Imports no Qt and no pyqtgraph: testable headless.

Long work is a generator that yields small frozen events (see ``events``) and returns its result.
"""
