//! The matchmaking simulation of `bench/duels.sh`: `online` players are
//! looking for a duel at any time (as a site's pool shows "30 playing now"):
//! whoever is paired leaves to play and a newcomer takes their place,
//! arriving at a random moment of the wave. Ratings are spread like a real
//! site's (normal, mean 1500, sd 350: Lichess blitz's shape). The queue is
//! paired by `duels::matching` in waves, exactly as the server does, and —
//! in the same run, on the same arrivals — first come, first served (a lobby
//! without a rating queue). Prints the median and p90 wait and the median
//! rating gap for each.
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
    let mut next_id = 0i64;
    let mut arrive = |rng: &mut StdRng, queue: &mut Vec<Seeker>, now: i64| {
        next_id += 1;
        queue.push(Seeker {
            user_id: next_id,
            rating: normal(rng, 1500.0, 350.0).clamp(600.0, 2800.0),
            difficulty: None,
            since: now - rng.random_range(0..WAVE_MS),
        });
    };
    let mut queue: Vec<Seeker> = Vec::new();
    for _ in 0..online {
        arrive(&mut rng, &mut queue, 0);
    }
    let end = (hours * 3_600_000.0) as i64;
    let mut out = Outcome {
        waits_ms: Vec::new(),
        gaps: Vec::new(),
    };
    let mut now = WAVE_MS;
    while now < end {
        let pairs: Vec<(i64, i64)> = match policy {
            Policy::Waves => pair(&queue, now)
                .into_iter()
                .map(|p| (p.first, p.second))
                .collect(),
            Policy::FirstComeFirstServed => {
                let mut by_age = queue.clone();
                by_age.sort_by_key(|s| s.since);
                by_age
                    .chunks_exact(2)
                    .map(|c| (c[0].user_id, c[1].user_id))
                    .collect()
            }
        };
        for (a, b) in pairs {
            let mut rating = [0.0; 2];
            for (k, who) in [a, b].into_iter().enumerate() {
                let i = queue.iter().position(|s| s.user_id == who).unwrap();
                out.waits_ms.push(now - queue[i].since);
                rating[k] = queue[i].rating;
                queue.remove(i);
            }
            out.gaps.push((rating[0] - rating[1]).abs());
        }
        // Newcomers take the places, arriving during the next wave.
        now += WAVE_MS;
        while queue.len() < online {
            arrive(&mut rng, &mut queue, now);
        }
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
    println!(
        "matchmaking: {online} players looking for a duel at any time, {hours} h simulated, waves every {WAVE_MS} ms"
    );
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
        "median gap, codemint / first come first served: {:.2}x (median wait {:.1} s vs {:.1} s)",
        ours.1 / fifo.1.max(1.0),
        ours.0 as f64 / 1000.0,
        fifo.0 as f64 / 1000.0
    );
    let ok = ours.0 < 20_000 && ours.1 <= 100.0;
    println!(
        "goal (median wait < 20 s, median gap <= 100 with {online} online): {}",
        if ok { "met" } else { "NOT met" }
    );
}
