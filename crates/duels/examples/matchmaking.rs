//! The matchmaking simulation of `bench/duels.sh`: players with ratings
//! spread like a real site's (normal, mean 1500, sd 350: Lichess blitz's
//! shape) come online, queue, play a duel of 5 to 15 minutes, rest a while
//! and queue again, with `online` of them at any time. The queue is paired
//! by `duels::matching` in waves, exactly as the server does, and — in the
//! same run, on the same arrivals — by first come, first served (what a
//! lobby without a rating queue does). Prints the median and p90 wait and
//! the median rating gap for each, and their ratios.
//!
//! Usage: cargo run --release -p duels --example matchmaking [online=30] [hours=4] [seed=7]

use duels::matching::{Seeker, WAVE_MS, pair};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

struct Outcome {
    waits_ms: Vec<i64>,
    gaps: Vec<f64>,
}

#[derive(Clone, Copy)]
enum Policy {
    Waves,
    FirstComeFirstServed,
}

fn normal(rng: &mut StdRng, mean: f64, sd: f64) -> f64 {
    // Box–Muller.
    let (u, v): (f64, f64) = (rng.random::<f64>().max(1e-12), rng.random());
    mean + sd * (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
}

fn simulate(online: usize, hours: f64, seed: u64, policy: Policy) -> Outcome {
    let mut rng = StdRng::seed_from_u64(seed);
    let ratings: Vec<f64> = (0..online)
        .map(|_| normal(&mut rng, 1500.0, 350.0).clamp(600.0, 2800.0))
        .collect();
    // When each player next joins the queue (staggered over the first minutes).
    let mut next_queue: Vec<Option<i64>> = (0..online)
        .map(|_| Some(rng.random_range(0..300_000)))
        .collect();
    let mut queue: Vec<Seeker> = Vec::new();
    let end = (hours * 3_600_000.0) as i64;
    let mut out = Outcome {
        waits_ms: Vec::new(),
        gaps: Vec::new(),
    };
    let mut now = 0;
    while now < end {
        for (i, at) in next_queue.iter_mut().enumerate() {
            if at.is_some_and(|t| t <= now) {
                *at = None;
                queue.push(Seeker {
                    user_id: i as i64,
                    rating: ratings[i],
                    difficulty: None,
                    since: now,
                });
            }
        }
        let pairs: Vec<(i64, i64)> = match policy {
            Policy::Waves => pair(&queue, now)
                .into_iter()
                .map(|p| (p.first, p.second))
                .collect(),
            Policy::FirstComeFirstServed => queue
                .chunks_exact(2)
                .map(|c| (c[0].user_id, c[1].user_id))
                .collect(),
        };
        for (a, b) in pairs {
            for who in [a, b] {
                let s = queue.iter().position(|s| s.user_id == who).unwrap();
                out.waits_ms.push(now - queue[s].since);
                queue.remove(s);
                // Play 5–15 minutes, then rest 0–5 minutes before queueing again.
                let back = now + rng.random_range(300_000..900_000) + rng.random_range(0..300_000);
                next_queue[who as usize] = Some(back);
            }
            out.gaps
                .push((ratings[a as usize] - ratings[b as usize]).abs());
        }
        now += WAVE_MS;
    }
    out
}

fn quantile<T: Copy + PartialOrd>(v: &mut [T], q: f64) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() - 1) as f64 * q).round() as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let online: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(30);
    let hours: f64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(4.0);
    let seed: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(7);
    println!("matchmaking: {online} players online, {hours} h simulated, waves every {WAVE_MS} ms");
    println!(
        "{:<28} {:>8} {:>12} {:>12} {:>16}",
        "policy", "duels", "median wait", "p90 wait", "median gap"
    );
    let mut rows = Vec::new();
    for (name, policy) in [
        ("codemint waves", Policy::Waves),
        ("first come, first served", Policy::FirstComeFirstServed),
    ] {
        let mut o = simulate(online, hours, seed, policy);
        let (m, p90) = (
            quantile(&mut o.waits_ms, 0.5),
            quantile(&mut o.waits_ms, 0.9),
        );
        let gap = quantile(&mut o.gaps, 0.5);
        println!(
            "{name:<28} {:>8} {:>10.1} s {:>10.1} s {:>16.0}",
            o.gaps.len(),
            m as f64 / 1000.0,
            p90 as f64 / 1000.0,
            gap
        );
        rows.push((m, gap));
    }
    let (ours, fifo) = (rows[0], rows[1]);
    println!(
        "ratios (codemint / first come first served): median wait {:.2}x, median gap {:.2}x",
        ours.0.max(1) as f64 / fifo.0.max(1) as f64,
        ours.1 / fifo.1.max(1.0)
    );
    let ok = ours.0 < 20_000 && ours.1 <= 100.0;
    println!(
        "goal (median wait < 20 s, median gap <= 100 with {online} online): {}",
        if ok { "met" } else { "NOT met" }
    );
}
