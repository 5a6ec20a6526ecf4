// Attempt timeouts on one timer per sender: a timer of its own per attempt cost about a twentieth of a call's CPU.

/** One attempt's deadline: `clear()` once the attempt has settled. */
export interface Deadline {
  clear(): void;
}

/** Deadlines of the attempts in flight, watched by one timer. */
export interface Deadlines {
  /** Calls `expire` once `ms` milliseconds have passed, unless the deadline is cleared first. */
  add(ms: number, expire: () => void): Deadline;
}

interface Entry extends Deadline {
  at: number;
  expire: () => void;
}

/**
 * Deadlines on one timer, re-armed only when it fires or an earlier deadline comes: sequential
 * calls each add one and clear it, and neither touches the timer. The timer is unref'd, as
 * undici's own timers are: an attempt in flight holds its socket (or its DNS lookup), which keeps
 * the process alive; toggling the timer's ref per attempt cost as much as a timer per attempt.
 * With nothing left to watch, the timer fires once more and stops.
 */
export function createDeadlines(now: () => number = () => performance.now()): Deadlines {
  const entries = new Set<Entry>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedAt = Number.POSITIVE_INFINITY;

  const arm = (at: number, current: number) => {
    if (timer !== undefined) clearTimeout(timer);
    armedAt = at;
    // Whole milliseconds, at least one: a deadline a fraction away is checked again when it is due.
    timer = setTimeout(fire, Math.max(1, Math.ceil(at - current)));
    // Node.js timers only: elsewhere a timer does not keep anything alive.
    (timer as unknown as { unref?: () => void }).unref?.();
  };

  const fire = () => {
    timer = undefined;
    armedAt = Number.POSITIVE_INFINITY;
    const current = now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of entries) {
      if (entry.at <= current) {
        entries.delete(entry);
        entry.expire();
      } else if (entry.at < next) next = entry.at;
    }
    if (next !== Number.POSITIVE_INFINITY) arm(next, current);
  };

  return {
    add(ms, expire) {
      const current = now();
      const entry: Entry = {
        at: current + ms,
        expire,
        clear: () => {
          entries.delete(entry);
        },
      };
      entries.add(entry);
      if (entry.at < armedAt) arm(entry.at, current);
      return entry;
    },
  };
}
