//! Glicko-2 ratings (Glickman, "Example of the Glicko-2 system"), each duel
//! its own rating period, computed by the `skillratings` crate behind
//! [`rate`], so swapping the implementation touches only this file.

use skillratings::Outcomes;
use skillratings::glicko2::{Glicko2Config, Glicko2Rating, glicko2_rating_period};

/// A new player's rating, deviation and volatility.
pub const START: Glicko = Glicko {
    rating: 1500.0,
    rd: 350.0,
    volatility: 0.06,
};

/// The system constant τ: how much volatility may change per period.
pub const TAU: f64 = 0.5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glicko {
    pub rating: f64,
    pub rd: f64,
    pub volatility: f64,
}

/// A game's result from the rated player's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    Win,
    Loss,
    Draw,
}

/// The player's rating after one rating period with these games.
pub fn rate(player: Glicko, games: &[(Glicko, Score)]) -> Glicko {
    let config = Glicko2Config {
        tau: TAU,
        ..Glicko2Config::new()
    };
    let results: Vec<(Glicko2Rating, Outcomes)> = games
        .iter()
        .map(|(o, s)| {
            let outcome = match s {
                Score::Win => Outcomes::WIN,
                Score::Loss => Outcomes::LOSS,
                Score::Draw => Outcomes::DRAW,
            };
            (to_lib(*o), outcome)
        })
        .collect();
    let r = glicko2_rating_period(&to_lib(player), &results, &config);
    Glicko {
        rating: r.rating,
        rd: r.deviation,
        volatility: r.volatility,
    }
}

fn to_lib(g: Glicko) -> Glicko2Rating {
    Glicko2Rating {
        rating: g.rating,
        deviation: g.rd,
        volatility: g.volatility,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glickman's worked example: r = 1500, RD = 200, σ = 0.06 beats
    /// (1400, 30), loses to (1550, 100) and (1700, 300), with τ = 0.5.
    #[test]
    fn glickmans_worked_example() {
        let p = Glicko {
            rating: 1500.0,
            rd: 200.0,
            volatility: 0.06,
        };
        let opp = |rating, rd| Glicko {
            rating,
            rd,
            volatility: 0.06,
        };
        let r = rate(
            p,
            &[
                (opp(1400.0, 30.0), Score::Win),
                (opp(1550.0, 100.0), Score::Loss),
                (opp(1700.0, 300.0), Score::Loss),
            ],
        );
        assert!((r.rating - 1464.06).abs() < 0.01, "rating {}", r.rating);
        assert!((r.rd - 151.52).abs() < 0.01, "rd {}", r.rd);
        assert!(
            (r.volatility - 0.05999).abs() < 0.0001,
            "volatility {}",
            r.volatility
        );
    }

    #[test]
    fn a_win_between_new_players_moves_both_symmetrically() {
        let w = rate(START, &[(START, Score::Win)]);
        let l = rate(START, &[(START, Score::Loss)]);
        assert!(w.rating > 1500.0 && l.rating < 1500.0);
        assert!(((w.rating - 1500.0) + (l.rating - 1500.0)).abs() < 1e-6);
        let d = rate(START, &[(START, Score::Draw)]);
        assert!((d.rating - 1500.0).abs() < 1e-6);
        assert!(d.rd < START.rd);
    }
}
