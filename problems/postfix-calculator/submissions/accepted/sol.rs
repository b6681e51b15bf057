#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
/// literals such as "12" or "-7". Return its value (division truncates toward zero).
fn evaluate(tokens: &[&str]) -> i64 {
    let mut stack: Vec<i64> = Vec::new();
    for &t in tokens {
        match t {
            "+" | "-" | "*" | "/" => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(match t {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => a / b,
                });
            }
            _ => stack.push(t.parse().unwrap()),
        }
    }
    stack[0]
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let tokens: Vec<&str> = (0..n).map(|_| it.next().unwrap()).collect();
    let out = format!("{}\n", evaluate(&tokens));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
