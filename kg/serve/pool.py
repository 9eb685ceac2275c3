"""A pool of query worker processes with a hard time limit per query.

pyoxigraph cannot cancel a running query from another thread, so a thread
pool would leave a runaway query burning a core after its client gave up.
A process can be stopped: when a query passes the limit its worker is killed
and a fresh one is started in the background, and the client gets a 503 that
says so. Workers are started with 'spawn', never 'fork', because the HTTP
server around the pool runs threads.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass

from .worker import Job, Reply, main as worker_main

READY_WAIT = 60.0  # seconds a new worker may take to import and open the store


@dataclass(eq=False)  # compared by identity: workers live in a set
class _Worker:
    process: multiprocessing.Process
    conn: object


class WorkerPool:
    def __init__(self, home: str, base_iri: str, size: int = 2, timeout: float = 10.0, max_rows: int = 10_000):
        self.home, self.base_iri, self.size = home, base_iri, size
        self.timeout, self.max_rows = timeout, max_rows
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self.failure: str | None = None  # why workers cannot start, if they cannot

    def start(self, wait: bool = True) -> None:
        threads = [threading.Thread(target=self._add_worker, daemon=True) for _ in range(self.size)]
        for thread in threads:
            thread.start()
        if wait:
            for thread in threads:
                thread.join()
            if self.failure:
                raise RuntimeError(self.failure)

    def _add_worker(self) -> None:
        try:
            self._start_worker()
        except Exception as exc:  # noqa: BLE001 - a thread must report, not die silently
            self.failure = self.failure or f"{type(exc).__name__}: {exc}"

    def _start_worker(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=worker_main, args=(child, self.home, self.base_iri, self.max_rows),
                                        daemon=True, name="kg-query-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        if parent.poll(READY_WAIT):
            try:
                state, detail = parent.recv()
            except (EOFError, OSError):
                state, detail = "failed", "the worker exited while starting"
        else:
            state, detail = "failed", f"the worker did not start within {READY_WAIT:g} s"
        if state != "ready" or self._closed:
            self.failure = self.failure or detail
            self._stop(worker)
            return
        self._idle.put(worker)

    def _stop(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    def _replace(self, worker: _Worker) -> None:
        self._stop(worker)
        if not self._closed:
            threading.Thread(target=self._add_worker, daemon=True).start()

    def run(self, job: Job) -> Reply:
        """Answer a job within the time limit, or a 503 that says what happened."""
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Reply.error(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; "
                                    f"try again shortly")
        left = max(self.timeout - (time.monotonic() - started), 0.1)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(left):
                self._replace(worker)
                return Reply.error(503, f"the query timed out after {self.timeout:g} s (the server's --timeout) "
                                        f"and was stopped; add LIMIT or narrow the query")
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return Reply.error(500, "the query worker stopped unexpectedly; it has been restarted")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._stop(worker)
