//! `codemint-loadgen`: many Yjs editors typing into shared documents, for
//! `bench/collab.sh`. Each editor is a real yrs document on its own WebSocket,
//! speaking the y-websocket framing (Codemint) or the Hocuspocus framing (the
//! document name before every message, and an auth message first).
//!
//! Every edit inserts `~<microseconds since start>|` at the start of the text;
//! an editor that receives someone else's edit finds that stamp in the
//! update's bytes (Yjs carries inserted text verbatim), so the remote-update
//! latency is measured end to end on one clock, and cheaply enough that the
//! generator does not measure itself. Every editor still applies every update
//! to its own document, as a real client does.
//! Prints one JSON object with the results.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use rand::Rng;
use tokio_tungstenite::tungstenite::Message as Ws;
use yrs::encoding::read::{Cursor, Read};
use yrs::encoding::write::Write;
use yrs::sync::{Message, MessageReader, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, Text, Transact, Update};

#[derive(Parser, Clone)]
struct Args {
    /// `y-websocket` or `hocuspocus`.
    #[arg(long)]
    protocol: String,
    /// WebSocket base URL; y-websocket appends `/{room}?token=…`. Several,
    /// comma-separated (cluster nodes): a room's editors take turns.
    #[arg(long, value_delimiter = ',', required = true)]
    url: Vec<String>,
    /// Room names, comma-separated (y-websocket: Codemint room ids).
    #[arg(long, value_delimiter = ',')]
    rooms: Vec<String>,
    #[arg(long, default_value_t = 4)]
    clients_per_room: usize,
    /// Edits per second per client.
    #[arg(long, default_value_t = 5.0)]
    rate: f64,
    #[arg(long, default_value_t = 5)]
    warmup_secs: u64,
    #[arg(long, default_value_t = 20)]
    measure_secs: u64,
    #[arg(long, default_value = "")]
    token: String,
    /// The server's pid (several for a cluster, comma-separated): CPU and
    /// memory are read from /proc and summed.
    #[arg(long, value_delimiter = ',')]
    server_pid: Vec<u32>,
}

#[derive(Default)]
struct Stats {
    latencies_us: Mutex<Vec<u32>>,
    sent: AtomicU64,
    errors: AtomicU64,
    connected: AtomicU64,
}

fn main() {
    let args = Args::parse();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run(args));
}

/// CPU seconds this process has used.
fn own_cpu() -> f64 {
    cpu_of("self")
}

/// CPU seconds (user + system) a process has used.
fn cpu_of(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, r)| r.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

/// Resident memory of a process, in KiB.
fn rss_kb(pid: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0)
}

async fn run(args: Args) {
    let pids: Vec<String> = args.server_pid.iter().map(u32::to_string).collect();
    let sum = |f: fn(&str) -> f64| pids.iter().map(|p| f(p)).sum::<f64>();
    let rss_before = sum(rss_kb);
    let start = Instant::now();
    let stats = Arc::new(Stats::default());
    let measuring = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let total = args.rooms.len() * args.clients_per_room;
    for (r, room) in args.rooms.iter().enumerate() {
        for c in 0..args.clients_per_room {
            let (args, room, stats, measuring) =
                (args.clone(), room.clone(), stats.clone(), measuring.clone());
            tokio::spawn(async move {
                let url = args.url[c % args.url.len()].clone();
                if let Err(e) = editor(&args, &url, &room, start, &stats, &measuring).await {
                    stats.errors.fetch_add(1, Ordering::Relaxed);
                    eprintln!("editor {r}/{c}: {e}");
                }
            });
            // Connect gradually, as real users arrive.
            tokio::time::sleep(Duration::from_micros(1500)).await;
        }
    }
    let connect_deadline = Instant::now() + Duration::from_secs(60);
    while (stats.connected.load(Ordering::Relaxed) as usize) < total
        && Instant::now() < connect_deadline
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let rss_connected = sum(rss_kb);
    tokio::time::sleep(Duration::from_secs(args.warmup_secs)).await;
    let server_cpu0 = sum(cpu_of);
    let cpu0 = own_cpu();
    let sent0 = stats.sent.load(Ordering::Relaxed);
    measuring.store(true, Ordering::Relaxed);
    let t0 = Instant::now();
    tokio::time::sleep(Duration::from_secs(args.measure_secs)).await;
    measuring.store(false, Ordering::Relaxed);
    let secs = t0.elapsed().as_secs_f64();
    let cpu = own_cpu() - cpu0;
    let server_cpu = sum(cpu_of) - server_cpu0;
    let rss_end = sum(rss_kb);
    let sent = stats.sent.load(Ordering::Relaxed) - sent0;
    let mut lat = stats.latencies_us.lock().unwrap().clone();
    lat.sort_unstable();
    let pct = |p: f64| -> f64 {
        if lat.is_empty() {
            return f64::NAN;
        }
        let i = ((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1;
        lat[i] as f64 / 1000.0
    };
    let summary = serde_json::json!({
        "protocol": args.protocol,
        "clients": total,
        "connected": stats.connected.load(Ordering::Relaxed),
        "errors": stats.errors.load(Ordering::Relaxed),
        "sent_per_s": sent as f64 / secs,
        "delivered_per_s": lat.len() as f64 / secs,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": pct(1.0),
        "generator_cpu_pct": 100.0 * cpu / secs,
        "server_cpu_pct": 100.0 * server_cpu / secs,
        "server_rss_mb": rss_end / 1024.0,
        "server_kb_per_connection": (rss_connected - rss_before) / total as f64,
    });
    println!("{summary}");
    std::process::exit(0);
}

/// One editor: connect, sync, then type at `rate` and time what others type.
async fn editor(
    args: &Args,
    base: &str,
    room: &str,
    start: Instant,
    stats: &Stats,
    measuring: &std::sync::atomic::AtomicBool,
) -> Result<(), String> {
    let hocuspocus = args.protocol == "hocuspocus";
    let url = if hocuspocus {
        base.to_string()
    } else {
        format!("{base}/{room}?token={}", args.token)
    };
    let (ws, _) = tokio_tungstenite::connect_async_with_config(url, None, true)
        .await
        .map_err(|e| e.to_string())?;
    let (mut sink, mut stream) = ws.split();
    let frame = |payload: Vec<u8>, kind: u32| -> Vec<u8> {
        if hocuspocus {
            let mut out = Vec::with_capacity(payload.len() + room.len() + 4);
            out.write_string(room);
            out.write_var(kind);
            out.extend_from_slice(&payload);
            out
        } else {
            // y-websocket: the payload already starts with its message type.
            payload
        }
    };
    let doc = Doc::new();
    let text = doc.get_or_insert_text("code");
    if hocuspocus {
        // Auth (token sub-message) must come first.
        let mut auth = Vec::new();
        auth.write_var(0u32);
        auth.write_string(&args.token);
        sink.send(Ws::binary(frame(auth, 2)))
            .await
            .map_err(|e| e.to_string())?;
    }
    let step1 = |doc: &Doc| -> Vec<u8> {
        let sv = doc.transact().state_vector();
        Message::Sync(SyncMessage::SyncStep1(sv)).encode_v1()
    };
    // y-websocket messages start with their type (0 = sync); Hocuspocus wants
    // the sync payload without it after its own type.
    let sync_payload = |m: Vec<u8>| if hocuspocus { m[1..].to_vec() } else { m };
    sink.send(Ws::binary(frame(sync_payload(step1(&doc)), 0)))
        .await
        .map_err(|e| e.to_string())?;
    stats.connected.fetch_add(1, Ordering::Relaxed);

    // Our own stamps, in case the server echoes our edits back (Hocuspocus
    // does): those are not remote updates.
    let mut own = std::collections::HashSet::<u64>::new();
    let period = Duration::from_secs_f64(1.0 / args.rate);
    let phase = rand::rng().random_range(0..period.as_micros() as u64);
    let mut tick = tokio::time::interval_at(
        tokio::time::Instant::now() + Duration::from_micros(phase),
        period,
    );
    loop {
        tokio::select! {
            _ = tick.tick() => {
                let stamp = start.elapsed().as_micros() as u64;
                let before = doc.transact().state_vector();
                {
                    // Typing at the start of the document keeps every stamp whole.
                    let mut txn = doc.transact_mut();
                    text.insert(&mut txn, 0, &format!("~{stamp}|"));
                }
                own.insert(stamp);
                let update = doc.transact().encode_state_as_update_v1(&before);
                let msg = Message::Sync(SyncMessage::Update(update)).encode_v1();
                sink.send(Ws::binary(frame(sync_payload(msg), 0)))
                    .await
                    .map_err(|e| e.to_string())?;
                if measuring.load(Ordering::Relaxed) {
                    stats.sent.fetch_add(1, Ordering::Relaxed);
                }
            }
            msg = stream.next() => {
                let data = match msg {
                    Some(Ok(Ws::Binary(d))) => d,
                    Some(Ok(Ws::Close(f))) => return Err(format!("closed: {f:?}")),
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => return Err(e.to_string()),
                    None => return Err("connection ended".into()),
                };
                let mut cur = Cursor::new(&data);
                let body: &[u8] = if hocuspocus {
                    let _doc = cur.read_string().map_err(|e| e.to_string())?;
                    let kind: u32 = cur.read_var().map_err(|e| e.to_string())?;
                    if kind != 0 && kind != 4 {
                        continue; // awareness, auth, sync status
                    }
                    &data[cur.next..]
                } else {
                    &data
                };
                if measuring.load(Ordering::Relaxed) {
                    // The stamps travel verbatim inside the update's bytes.
                    let now = start.elapsed().as_micros() as u64;
                    let found: Vec<u64> =
                        stamps(body).into_iter().filter(|t| !own.remove(t)).collect();
                    if !found.is_empty() {
                        let mut all = stats.latencies_us.lock().unwrap();
                        all.extend(found.into_iter().map(|t| now.saturating_sub(t).min(u32::MAX as u64) as u32));
                    }
                }
                let replies = handle_sync(&doc, body, hocuspocus).map_err(|e| e.to_string())?;
                for r in replies {
                    sink.send(Ws::binary(frame(r, 0))).await.map_err(|e| e.to_string())?;
                }
            }
        }
    }
}

/// Every `~<digits>|` in a message: the send times of the edits it carries.
fn stamps(bytes: &[u8]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b == b'~') {
        let begin = i + p + 1;
        let digits = bytes[begin..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = begin + digits;
        if digits > 0
            && bytes.get(end) == Some(&b'|')
            && let Some(t) = std::str::from_utf8(&bytes[begin..end])
                .ok()
                .and_then(|s| s.parse().ok())
        {
            out.push(t);
        }
        i = end.max(begin);
    }
    out
}

/// Apply sync messages; returns replies (payloads ready for `frame`).
fn handle_sync(doc: &Doc, body: &[u8], hocuspocus: bool) -> Result<Vec<Vec<u8>>, String> {
    let mut replies = Vec::new();
    let apply = |u: &[u8]| -> Result<(), String> {
        let u = Update::decode_v1(u).map_err(|e| e.to_string())?;
        doc.transact_mut()
            .apply_update(u)
            .map_err(|e| e.to_string())
    };
    if hocuspocus {
        // One sync message without the outer type.
        let mut cur = Cursor::new(body);
        let sub: u32 = cur.read_var().map_err(|e| e.to_string())?;
        let payload = cur.read_buf().map_err(|e| e.to_string())?;
        match sub {
            0 => {
                let sv = yrs::StateVector::decode_v1(payload).map_err(|e| e.to_string())?;
                let u = doc.transact().encode_state_as_update_v1(&sv);
                let m = Message::Sync(SyncMessage::SyncStep2(u)).encode_v1();
                replies.push(m[1..].to_vec());
            }
            1 | 2 => apply(payload)?,
            _ => {}
        }
        return Ok(replies);
    }
    let mut decoder = DecoderV1::from(body);
    for m in MessageReader::new(&mut decoder) {
        match m.map_err(|e| e.to_string())? {
            Message::Sync(SyncMessage::SyncStep1(sv)) => {
                let u = doc.transact().encode_state_as_update_v1(&sv);
                replies.push(Message::Sync(SyncMessage::SyncStep2(u)).encode_v1());
            }
            Message::Sync(SyncMessage::SyncStep2(u)) | Message::Sync(SyncMessage::Update(u)) => {
                apply(&u)?
            }
            _ => {}
        }
    }
    Ok(replies)
}

#[cfg(test)]
mod tests {
    #[test]
    fn stamps_are_found_in_raw_bytes() {
        let bytes = b"\x01\x02~123|\x00~45|~x|~9";
        assert_eq!(super::stamps(bytes), vec![123, 45]);
    }
}
