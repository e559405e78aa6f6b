//! Validates a directory folder and prints its problems: `cargo run --example validate_sample -- PATH`.
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/spree-neisse".into());
    match wegweiser::Directory::validate_path(&path) {
        Ok(problems) => {
            for p in &problems {
                println!("{p}");
            }
            println!("{} problem(s)", problems.len());
        }
        Err(e) => eprintln!("{e}"),
    }
}
