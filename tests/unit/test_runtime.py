"""The shared runtime (timer thread, dispatch pool) and the sign budget, without sockets."""

from __future__ import annotations

import queue
import threading
import time
from collections import defaultdict
from typing import Dict, List

import pytest
from helpers import wait_until

from tiktoklive_sync._run.pool import DispatchPool
from tiktoklive_sync._run.scheduler import Scheduler
from tiktoklive_sync.budget import SignBudget


def test_a_pool_keeps_each_lanes_order_and_never_runs_a_lane_twice_at_once():
    pool = DispatchPool(workers=4)
    seen: Dict[int, List[int]] = defaultdict(list)
    running: Dict[int, int] = defaultdict(int)
    overlaps: List[int] = []
    finished = threading.Semaphore(0)
    guard = threading.Lock()

    def make(lane_id: int):
        def process(item: int) -> bool:
            with guard:
                running[lane_id] += 1
                if running[lane_id] > 1:
                    overlaps.append(lane_id)
            seen[lane_id].append(item)
            time.sleep(0)  # let other workers in, to give overlaps a chance to show
            with guard:
                running[lane_id] -= 1
            if item == 499:
                finished.release()
                return False
            return True

        return process

    lanes = [pool.lane(make(lane_id), maxsize=50) for lane_id in range(20)]
    producers = [
        threading.Thread(target=lambda lane=lane: [lane.put(item) for item in range(500)]) for lane in lanes
    ]
    for producer in producers:
        producer.start()
    for producer in producers:
        producer.join(30)
    for _ in lanes:
        assert finished.acquire(timeout=30)
    pool.close()
    assert overlaps == []
    assert all(seen[lane_id] == list(range(500)) for lane_id in range(20))


def test_a_bounded_lane_refuses_when_full():
    pool = DispatchPool(workers=1)
    release = threading.Event()
    lane = pool.lane(lambda item: release.wait(10) or True, maxsize=1)
    lane.put(1)  # taken by the worker, which now waits
    deadline = time.monotonic() + 10
    while lane.qsize() and time.monotonic() < deadline:
        time.sleep(0.01)
    lane.put(2)
    with pytest.raises(queue.Full):
        lane.put_nowait(3)
    release.set()
    pool.close()


def test_the_scheduler_repeats_and_cancels():
    scheduler = Scheduler()
    ticks: List[float] = []
    three = threading.Event()

    def tick() -> None:
        ticks.append(time.monotonic())
        if len(ticks) == 3:
            three.set()

    timer = scheduler.call_every(lambda: 0.05, tick)
    once = threading.Event()
    scheduler.call_later(0.01, once.set)
    assert once.wait(10) and three.wait(10)
    timer.cancel()
    count = len(ticks)
    time.sleep(0.2)
    assert len(ticks) <= count + 1  # at most the one already running when cancelled
    scheduler.close()
    with pytest.raises(RuntimeError):
        scheduler.call_later(1, tick)


def test_a_failing_scheduled_call_does_not_stop_the_others(caplog):
    scheduler = Scheduler()
    done = threading.Event()
    scheduler.call_later(0, lambda: 1 / 0)
    scheduler.call_later(0.02, done.set)
    assert done.wait(10)
    scheduler.close()
    assert "a scheduled call failed" in caplog.text


def test_reconnects_get_the_budget_before_first_connects():
    budget = SignBudget(per_minute=60, burst=1)  # one signature a second
    assert budget.acquire(reconnect=False)  # the one token there was
    order: List[str] = []
    first = threading.Thread(target=lambda: budget.acquire(reconnect=False) and order.append("first"))
    first.start()
    wait_until(lambda: budget.waiting == 1)  # the first connect waits already...
    again = threading.Thread(target=lambda: budget.acquire(reconnect=True) and order.append("reconnect"))
    again.start()  # ...and still the reconnect goes first
    first.join(10)
    again.join(10)
    assert order == ["reconnect", "first"]
    assert budget.granted == 3


def test_a_pause_holds_everyone_and_stop_ends_the_wait():
    budget = SignBudget(per_minute=6000)
    budget.pause(30)
    assert budget.paused_for() > 29
    stopping = threading.Event()
    result: List[bool] = []
    waiter = threading.Thread(target=lambda: result.append(budget.acquire(reconnect=True, stopping=stopping)))
    waiter.start()
    wait_until(lambda: budget.waiting == 1)
    assert waiter.is_alive() and budget.granted == 0  # paused: nobody signs
    stopping.set()
    waiter.join(5)
    assert result == [False] and budget.granted == 0 and budget.pauses == 1


def test_budget_arguments_are_checked():
    with pytest.raises(ValueError):
        SignBudget(per_minute=0)
    with pytest.raises(ValueError):
        DispatchPool(workers=0)


def test_an_idle_exit_scheduler_keeps_one_thread_for_calls_in_a_row_and_ends_when_idle():
    from tiktoklive_sync._run import scheduler as module

    watchdog = Scheduler("test-watchdog", idle_exit=True)
    threads = set()
    for _ in range(200):  # a stream's acks: each send watched by a deadline, one after another
        timer = watchdog.call_later(30, lambda: None)
        threads.add(watchdog._thread)
        timer.cancel()
    assert len(threads) == 1 and watchdog.running  # one thread for all of them, not one each
    began = time.monotonic()
    while watchdog.running and time.monotonic() - began < 10 * module.IDLE_LINGER:
        time.sleep(0.02)
    assert not watchdog.running and watchdog.pending == 0  # idle: gone
    ran = threading.Event()
    watchdog.call_later(0, ran.set)  # and back with the next call
    assert ran.wait(10)
    watchdog.close()
