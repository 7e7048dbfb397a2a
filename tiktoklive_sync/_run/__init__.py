"""One connection's life (private): the run (reader, reconnects, the one ending), the steps
of a connect, the delivery strategies, the thread-free dispatcher, the shared pool, and the
one scheduler of every timed thing."""
