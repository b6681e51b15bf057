//! The problem list and public problem pages are the hottest read path: they are
//! served from memory, as serialized response bodies keyed by what was asked. A write on this node clears the cache at once; other
//! nodes see it within `ttl` (cluster mode trades that much staleness for speed).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use store::problems::ProblemSummary;

type Stamped<T> = (Instant, T);

pub struct ProblemCache {
    ttl: Duration,
    list: RwLock<Option<Stamped<Arc<Vec<ProblemSummary>>>>>,
    bodies: RwLock<HashMap<String, Stamped<Bytes>>>,
}

impl ProblemCache {
    pub fn new(ttl: Duration) -> Self {
        ProblemCache {
            ttl,
            list: RwLock::new(None),
            bodies: RwLock::new(HashMap::new()),
        }
    }

    pub fn list(&self) -> Option<Arc<Vec<ProblemSummary>>> {
        let guard = self.list.read().ok()?;
        let (at, list) = guard.as_ref()?;
        (at.elapsed() < self.ttl).then(|| list.clone())
    }

    pub fn put_list(&self, list: Arc<Vec<ProblemSummary>>) {
        if let Ok(mut g) = self.list.write() {
            *g = Some((Instant::now(), list));
        }
    }

    /// A serialized public response (a problem page, a page of the list).
    pub fn body(&self, key: &str) -> Option<Bytes> {
        let guard = self.bodies.read().ok()?;
        let (at, body) = guard.get(key)?;
        (at.elapsed() < self.ttl).then(|| body.clone())
    }

    pub fn put_body(&self, key: String, body: Bytes) {
        if let Ok(mut g) = self.bodies.write() {
            if g.len() > 10_000 {
                g.clear();
            }
            g.insert(key, (Instant::now(), body));
        }
    }

    pub fn invalidate(&self) {
        if let Ok(mut g) = self.list.write() {
            *g = None;
        }
        if let Ok(mut g) = self.bodies.write() {
            g.clear();
        }
    }
}
