//! `wegweiser-fuzz`: fuzz harnesses that run on the stable toolchain (cargo-fuzz needs
//! nightly). Each target starts from its seeds (`fuzz/corpus/<target>/` and the test
//! fixtures) and feeds mutations of them to the code under test for a bounded time.
//! A panic, a hang or an unbounded allocation aborts with the seed and input number
//! that make the input again.
//!
//! ```text
//! cargo run -p wegweiser-fuzz -- [TARGET…] [--seconds 30] [--seed N] [--save INPUT] [--trace]
//! ```

mod guard;
mod hsds;
mod mutate;
mod targets;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mutate::{mutate, Rng};
use targets::{Target, TARGETS};

#[global_allocator]
static ALLOCATOR: guard::CappedAllocator = guard::CappedAllocator;

/// Inputs are cut to this size: enough for 30,000 levels of nesting, small enough to run
/// thousands of inputs a second.
const MAX_INPUT: usize = 64 << 10;
/// The stack each target runs on: an input must not overflow a small thread's stack.
const STACK: usize = 2 << 20;

struct Options {
    targets: Vec<&'static Target>,
    seconds: u64,
    seed: u64,
    save: Option<u64>,
    hang: Duration,
    /// Print each input's number before it runs: for failures that cannot report
    /// themselves (a stack overflow aborts in Rust's own handler).
    trace: bool,
}

fn main() {
    let options = match parse(std::env::args().skip(1).collect()) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("wegweiser-fuzz: {message}\nusage: wegweiser-fuzz [{}] [--seconds N] [--seed N] [--save INPUT] [--hang-seconds N] [--trace]", names());
            std::process::exit(2);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("../crates/wegweiser/tests/fixtures");
    std::panic::set_hook(Box::new(|info| {
        eprintln!("\n{info}");
        guard::abort_with("a panic");
    }));
    guard::start_watchdog(options.hang);
    println!(
        "target     seeds    inputs  inputs/s  (seed {})",
        options.seed
    );
    for &target in &options.targets {
        let index = TARGETS
            .iter()
            .position(|t| t.name == target.name)
            .unwrap_or(0);
        let seeds = seeds(target, &root.join("corpus").join(target.name), &fixtures);
        if let Some(wanted) = options.save {
            save(target, &seeds, options.seed, wanted);
            continue;
        }
        guard::begin_target(index, options.seed);
        let (seed, seconds, count) = (options.seed, options.seconds, seeds.len());
        let trace = options.trace;
        eprintln!("{}: running for {seconds} s (seed {seed})", target.name);
        let run = move || fuzz(target, seeds, seed, Duration::from_secs(seconds), trace);
        let started = Instant::now();
        let inputs = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(run)
            .expect("a thread starts")
            .join()
            .unwrap_or(0);
        let rate = inputs as f64 / started.elapsed().as_secs_f64();
        println!("{:<10} {count:>5} {inputs:>9} {rate:>9.0}", target.name);
    }
}

/// Runs every seed, then mutations until `time` is up; returns how many inputs ran.
fn fuzz(target: &Target, mut pool: Vec<Vec<u8>>, seed: u64, time: Duration, trace: bool) -> u64 {
    let deadline = Instant::now() + time;
    let mut iteration = 0;
    let begin = |iteration: u64| {
        if trace {
            eprintln!("{}: input {iteration}", target.name);
        }
        guard::begin_input(iteration);
    };
    for input in pool.clone() {
        begin(iteration);
        (target.run)(&input);
        guard::end_input();
        iteration += 1;
    }
    let mut rng = Rng::new(seed);
    let seeds = pool.len() as u64;
    while Instant::now() < deadline {
        let input = next_input(&mut rng, &mut pool);
        begin(iteration);
        (target.run)(&input);
        guard::end_input();
        iteration += 1;
    }
    iteration.max(seeds)
}

/// The next mutation; some are kept, so mutations build on each other.
fn next_input(rng: &mut Rng, pool: &mut Vec<Vec<u8>>) -> Vec<u8> {
    let a = rng.below(pool.len());
    let b = rng.below(pool.len());
    let input = mutate(rng, &pool[a], &pool[b], MAX_INPUT);
    if rng.below(8) == 0 {
        if pool.len() < 1_000 {
            pool.push(input.clone());
        } else {
            let slot = rng.below(pool.len());
            pool[slot] = input.clone();
        }
    }
    input
}

/// Writes input number `wanted` (as the failure message named it) to a file.
fn save(target: &Target, seeds: &[Vec<u8>], seed: u64, wanted: u64) {
    let input = if (wanted as usize) < seeds.len() {
        seeds[wanted as usize].clone()
    } else {
        let mut pool = seeds.to_vec();
        let mut rng = Rng::new(seed);
        let mut input = Vec::new();
        for _ in seeds.len() as u64..=wanted {
            input = next_input(&mut rng, &mut pool);
        }
        input
    };
    let path = PathBuf::from(format!("fuzz-{}-{seed}-{wanted}.bin", target.name));
    match std::fs::write(&path, input) {
        Ok(()) => println!(
            "{}: input {wanted} written to {}",
            target.name,
            path.display()
        ),
        Err(e) => eprintln!("wegweiser-fuzz: {}: {e}", path.display()),
    }
}

fn seeds(target: &Target, corpus: &Path, fixtures: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut seeds: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    seeds.extend((target.seeds)(fixtures));
    if seeds.is_empty() {
        seeds.push(Vec::new());
    }
    seeds
}

fn names() -> String {
    TARGETS.iter().map(|t| t.name).collect::<Vec<_>>().join("|")
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut options = Options {
        targets: Vec::new(),
        seconds: 30,
        seed: 1,
        save: None,
        hang: Duration::from_secs(20),
        trace: false,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<u64, String> {
            args.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{name} needs a number"))
        };
        match arg.as_str() {
            "--seconds" => options.seconds = number("--seconds")?,
            "--seed" => options.seed = number("--seed")?,
            "--save" => options.save = Some(number("--save")?),
            "--hang-seconds" => options.hang = Duration::from_secs(number("--hang-seconds")?),
            "--trace" => options.trace = true,
            name => match TARGETS.iter().find(|t| t.name == name) {
                Some(target) => options.targets.push(target),
                None => return Err(format!("unknown target `{name}`")),
            },
        }
    }
    if options.targets.is_empty() {
        options.targets = TARGETS.iter().collect();
    }
    Ok(options)
}
