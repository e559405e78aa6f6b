//! A small mutation engine: deterministic from a seed, so any input can be made again.

/// xorshift64*: fast, seedable, the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that mean something to TOML, JSON, Fluent or search.
const INTERESTING: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"[[",
    b"]]",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"\\",
    b"\\u",
    b"=",
    b"#",
    b"\n",
    b"\r\n",
    b"\t",
    b" ",
    b"-",
    b".",
    b",",
    b":",
    b"->",
    b"*[",
    b"$",
    b"0",
    b"-1",
    b"1e999",
    b"18446744073709551616",
    b"\xff",
    b"\xc3",
    b"\x00",
    b"\x1b[2J",
    b"\xe2\x80\xae",
    b"null",
    b"true",
    b"{ -",
    b"{ $",
    b"NUMBER(",
    b"services",
    b"id = ",
    b"\"id\": ",
];

/// A mutation of `input`, at most `max` bytes; `other` is another seed to splice in.
pub fn mutate(rng: &mut Rng, input: &[u8], other: &[u8], max: usize) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = out.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => out[at.min(len - 1)] ^= 1 << rng.below(8),
            1 => {
                let token = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, token.iter().copied());
            }
            2 if len > 0 => {
                let end = (at + 1 + rng.below(16)).min(len);
                out.drain(at.min(end)..end);
            }
            3 if len > 0 => {
                // Repeat a short chunk many times: deep nesting, long values.
                let start = at.min(len - 1);
                let end = (start + 1 + rng.below(8)).min(len);
                let chunk = out[start..end].to_vec();
                let times = 1 + rng.below(2_000);
                let repeated: Vec<u8> = chunk
                    .iter()
                    .copied()
                    .cycle()
                    .take(chunk.len() * times)
                    .collect();
                out.splice(start..start, repeated);
            }
            4 if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + 1 + rng.below(256)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            5 if len > 0 => {
                // Cut the input short (an unfinished file).
                out.truncate(at);
            }
            6 if len > 1 => {
                let from = rng.below(len);
                let to = rng.below(len);
                out.swap(from, to);
            }
            7 => {
                let token = INTERESTING[rng.below(INTERESTING.len())];
                let end = (at + token.len()).min(len);
                out.splice(at..end, token.iter().copied());
            }
            _ => {
                let value = rng.next() as u8;
                out.insert(at, value);
            }
        }
    }
    out.truncate(max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_inputs() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(
                mutate(&mut a, b"id = 1", b"[x]", 1 << 16),
                mutate(&mut b, b"id = 1", b"[x]", 1 << 16)
            );
        }
    }
}
