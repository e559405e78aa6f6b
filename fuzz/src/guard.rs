//! What turns a bad input into a failure besides a panic: an allocator that aborts past
//! a cap on live memory, and a watchdog that aborts when one input runs too long. Both
//! print how to make the input again (target, seed, iteration) before they abort.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Live heap bytes allowed: far above what any input of at most 64 KiB should need.
pub const MEMORY_CAP: usize = 2 << 30;

pub struct CappedAllocator;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static ARMED: AtomicBool = AtomicBool::new(false);

unsafe impl GlobalAlloc for CappedAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        if live > MEMORY_CAP && ARMED.load(Ordering::Relaxed) {
            ARMED.store(false, Ordering::Relaxed);
            abort_with("more than 2 GiB of live memory: an unbounded allocation");
        }
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// Which input is running, for the messages of an abort: an index into `TARGETS`.
static TARGET: AtomicUsize = AtomicUsize::new(0);
static SEED: AtomicU64 = AtomicU64::new(0);
static ITERATION: AtomicU64 = AtomicU64::new(0);
/// Milliseconds since `START` when the current input began; 0 between inputs.
static STARTED: AtomicU64 = AtomicU64::new(0);
static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

/// Sets which target runs and arms the memory cap.
pub fn begin_target(target: usize, seed: u64) {
    TARGET.store(target, Ordering::Relaxed);
    SEED.store(seed, Ordering::Relaxed);
    ARMED.store(true, Ordering::Relaxed);
}

fn now_ms() -> u64 {
    START.get_or_init(Instant::now).elapsed().as_millis() as u64 + 1
}

pub fn begin_input(iteration: u64) {
    ITERATION.store(iteration, Ordering::Relaxed);
    STARTED.store(now_ms(), Ordering::Relaxed);
}

pub fn end_input() {
    STARTED.store(0, Ordering::Relaxed);
}

/// Aborts when one input runs longer than `limit`.
pub fn start_watchdog(limit: Duration) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(200));
        let started = STARTED.load(Ordering::Relaxed);
        if started != 0 && now_ms().saturating_sub(started) > limit.as_millis() as u64 {
            abort_with("one input ran too long: a hang");
        }
    });
}

/// Prints what failed and how to make the input again, without allocating, and aborts.
pub fn abort_with(what: &str) -> ! {
    let target = crate::targets::TARGETS[TARGET.load(Ordering::Relaxed)].name;
    let seed = SEED.load(Ordering::Relaxed);
    let iteration = ITERATION.load(Ordering::Relaxed);
    let mut line = [0u8; 512];
    let mut cursor = std::io::Cursor::new(&mut line[..]);
    let _ = write!(
        cursor,
        "\nwegweiser-fuzz: {target}: {what}\n  input {iteration}; write it out with: cargo run -p wegweiser-fuzz -- {target} --seed {seed} --save {iteration}\n"
    );
    let written = cursor.position() as usize;
    let _ = std::io::stderr().write_all(&line[..written]);
    std::process::abort()
}
