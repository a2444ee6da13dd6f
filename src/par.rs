//! How a stage after extraction may use the thread pool.
//!
//! A story analysed on its own (a day of wire copy in one folder, or each story of the claims
//! files `reconcile` reads) splits its clustering, reconciliation and rendering over the
//! cores. A story analysed beside others (the stories of one window, each a task of the pool)
//! keeps its work on its thread: the other stories keep the cores busy, and a thread that
//! waited for the pieces of its story could take up another story meanwhile and hold both.
//! Either way the result is the same: work split over threads is put together in order.

use rayon::prelude::*;

/// Whether a stage splits its work over the thread pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threads {
    /// Split over the pool, `min_len` items a task or more.
    Pool,
    /// On the calling thread only.
    Caller,
}

impl Threads {
    /// The fewest items of a parallel iterator's task: `min` on the pool, all of them (so
    /// one task, on the calling thread) otherwise.
    pub fn min_len(self, min: usize) -> usize {
        match self {
            Threads::Pool => min,
            Threads::Caller => usize::MAX,
        }
    }

    /// Runs `a` and `b`, at once on the pool.
    pub fn join<A, B, RA, RB>(self, a: A, b: B) -> (RA, RB)
    where
        A: FnOnce() -> RA + Send,
        B: FnOnce() -> RB + Send,
        RA: Send,
        RB: Send,
    {
        match self {
            Threads::Pool => rayon::join(a, b),
            Threads::Caller => (a(), b()),
        }
    }

    /// Sorts `v` (equal items may change places).
    pub fn sort_unstable<T: Ord + Send>(self, v: &mut [T]) {
        match self {
            Threads::Pool => v.par_sort_unstable(),
            Threads::Caller => v.sort_unstable(),
        }
    }

    /// Sorts `v`, keeping the order of equal items (both ways sort alike).
    pub fn sort_by<T: Send>(self, v: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering + Sync) {
        match self {
            Threads::Pool => v.par_sort_by(cmp),
            Threads::Caller => v.sort_by(cmp),
        }
    }
}

/// The result of a scoped thread (`std::thread::scope`); its panic goes on in the caller.
pub fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
