//! How a command fails: a message for standard error and an exit status.

/// A failure: the message and the exit status.
pub struct Failure(pub String, pub u8);

impl From<wegweiser::Error> for Failure {
    fn from(error: wegweiser::Error) -> Self {
        match &error {
            wegweiser::Error::Invalid { problems } => {
                let mut text = String::from(
                    "the directory has errors (run `wegweiser validate` for all of them):",
                );
                for problem in problems.iter().filter(|p| p.is_error()).take(10) {
                    text.push_str(&format!("\n  {problem}"));
                }
                Failure(text, 1)
            }
            _ => Failure(error.to_string(), 2),
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure(error.to_string(), 2)
    }
}
