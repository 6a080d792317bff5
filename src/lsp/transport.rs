//! A guard in front of the protocol transport. `tower-lsp-server` stops
//! reading (and the server ends) at the first message it cannot decode —
//! a body that is not JSON, or JSON that is not a JSON-RPC message — so
//! one malformed message from a client would kill the session. This task
//! reads the client's frames itself and forwards only the messages the
//! transport accepts; the others are logged on stderr and dropped.
//!
//! A frame whose `Content-Length` is wrong leaves the stream out of step:
//! the next header then starts in the middle of a line. The guard finds
//! `Content-Length` anywhere in a header line, so the session recovers at
//! the next well-framed message. Header lines are read with a bound, so a
//! endless line costs no memory. A request whose method starts with `$/`
//! is one the protocol lets a server ignore, but it must still be answered:
//! it is forwarded under a name no handler has, so it gets "method not
//! found" instead of silence.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tower_lsp_server::jsonrpc::{Request, Response};

/// Larger bodies are skipped unread rather than allocated (documents over
/// 16 MiB are refused anyway; this bounds what a bad header can cost).
const MAX_BODY: usize = 256 << 20;

/// Longer header lines are skipped, never stored.
const MAX_HEADER_LINE: usize = 8 << 10;

/// Copies well-formed messages from `input` to `output` until either ends.
pub async fn forward_valid_messages(
    input: impl AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) {
    let mut reader = BufReader::new(input);
    loop {
        let length = match read_headers(&mut reader).await {
            Headers::Length(n) => n,
            Headers::Missing => {
                tracing::error!("skipped a message without a valid Content-Length header");
                continue;
            }
            Headers::End => return,
        };
        if length > MAX_BODY {
            tracing::error!("skipped a message of {length} bytes (more than {MAX_BODY})");
            let skipped = tokio::io::copy(
                &mut (&mut reader).take(length as u64),
                &mut tokio::io::sink(),
            )
            .await;
            if skipped.map_or(true, |n| n < length as u64) {
                return;
            }
            continue;
        }
        let mut body = vec![0; length];
        // `mut`: a `$/` request is rewritten before it is forwarded.
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let accepted = match serde_json::from_slice::<Request>(&body) {
            Ok(request) => {
                if request.id().is_some() && request.method().starts_with("$/") {
                    body = unanswerable(&body);
                }
                true
            }
            Err(_) => serde_json::from_slice::<Response>(&body).is_ok(),
        };
        if !accepted {
            let preview: String = String::from_utf8_lossy(&body).chars().take(80).collect();
            tracing::error!("dropped a message that is not JSON-RPC 2.0: {preview:?}");
            continue;
        }
        let length = body.len();
        let header = format!("Content-Length: {length}\r\n\r\n");
        let written = async {
            output.write_all(header.as_bytes()).await?;
            output.write_all(&body).await?;
            output.flush().await
        };
        if written.await.is_err() {
            return;
        }
    }
}

enum Headers {
    Length(usize),
    Missing,
    End,
}

/// A `$/…` request renamed so that the server answers it with "method
/// not found" (the protocol requires an answer to every request).
fn unanswerable(body: &[u8]) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return body.to_vec();
    };
    if let Some(method) = value.get("method").and_then(|m| m.as_str()) {
        let renamed = format!("resolution-ls/unhandled{}", &method[1..]);
        value["method"] = serde_json::Value::String(renamed);
    }
    serde_json::to_vec(&value).unwrap_or_else(|_| body.to_vec())
}

/// Reads one header block (up to an empty line); blank lines before it are
/// skipped. Headers other than `Content-Length` are ignored. After a frame
/// of the wrong length the header may start mid-line (`…"id":3}Content-Length: 52`):
/// the last `Content-Length` in a line counts.
async fn read_headers(reader: &mut (impl AsyncBufReadExt + Unpin)) -> Headers {
    let mut length = None;
    let mut seen = false;
    loop {
        let line = match read_line_bounded(reader).await {
            Line::End => return Headers::End,
            Line::TooLong => {
                tracing::error!("skipped a header line longer than {MAX_HEADER_LINE} bytes");
                seen = true;
                continue;
            }
            Line::Text(line) => line,
        };
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if seen {
                break;
            }
            continue;
        }
        seen = true;
        let lower = text.to_ascii_lowercase();
        if let Some(at) = lower.rfind("content-length") {
            let value = text[at + "content-length".len()..].trim_start();
            length = value
                .strip_prefix(':')
                .and_then(|v| v.trim().parse::<usize>().ok());
        }
    }
    length.map_or(Headers::Missing, Headers::Length)
}

enum Line {
    Text(Vec<u8>),
    /// Longer than [`MAX_HEADER_LINE`]; skipped to its end.
    TooLong,
    End,
}

/// One line, at most [`MAX_HEADER_LINE`] bytes kept; the rest of a longer
/// line is consumed without being stored.
async fn read_line_bounded(reader: &mut (impl AsyncBufReadExt + Unpin)) -> Line {
    let mut line = Vec::new();
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf().await {
            Ok([]) | Err(_) => return Line::End,
            Ok(bytes) => bytes,
        };
        let (taken, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if line.len() + taken > MAX_HEADER_LINE {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(&available[..taken]);
            }
        }
        reader.consume(taken);
        if done {
            return if too_long {
                Line::TooLong
            } else {
                Line::Text(line)
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn malformed_messages_are_dropped_and_the_rest_forwarded() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown","params":null}"#;
        let input = format!(
            "Content-Length: 9\r\n\r\n{{not json\
             Content-Length: 16\r\n\r\n{{\"garbage\":true}}\
             X-Nothing: 1\r\n\r\n\
             \r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {}\r\n\r\n{good}",
            good.len()
        );
        let mut out = Vec::new();
        forward_valid_messages(input.as_bytes(), &mut out).await;
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("Content-Length: {}\r\n\r\n{good}", good.len())
        );
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    async fn forwarded(input: String) -> Vec<String> {
        let mut out = Vec::new();
        forward_valid_messages(input.as_bytes(), &mut out).await;
        let out = String::from_utf8(out).unwrap();
        out.split("Content-Length: ")
            .filter(|f| !f.is_empty())
            .map(|f| f.split_once("\r\n\r\n").unwrap().1.to_string())
            .collect()
    }

    #[tokio::test]
    async fn a_wrong_content_length_loses_at_most_the_next_message() {
        let hover = r#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#;
        let shutdown = r#"{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}"#;
        let exit = r#"{"jsonrpc":"2.0","method":"exit","params":null}"#;
        // Too short: the rest of the body runs into the next header line.
        let short = format!(
            "Content-Length: {}\r\n\r\n{hover}{}{}",
            hover.len() - 10,
            frame(shutdown),
            frame(exit)
        );
        assert_eq!(forwarded(short).await, [shutdown, exit]);
        // Too long: the body swallows the start of the next message.
        let long = format!(
            "Content-Length: {}\r\n\r\n{hover}{}{}{}",
            hover.len() + 30,
            frame(hover),
            frame(shutdown),
            frame(exit)
        );
        assert_eq!(forwarded(long).await, [shutdown, exit]);
    }

    #[tokio::test]
    async fn an_endless_header_line_is_skipped_without_being_kept() {
        let exit = r#"{"jsonrpc":"2.0","method":"exit","params":null}"#;
        let input = format!("X-Junk: {}\r\n\r\n{}", "x".repeat(1 << 20), frame(exit));
        assert_eq!(forwarded(input).await, [exit]);
    }

    #[tokio::test]
    async fn dollar_requests_are_forwarded_to_be_refused_and_notifications_as_they_are() {
        let request = r#"{"jsonrpc":"2.0","id":7,"method":"$/custom","params":{}}"#;
        let notification = r#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}"#;
        let got = forwarded(format!("{}{}", frame(request), frame(notification))).await;
        assert!(
            got[0].contains(r#""method":"resolution-ls/unhandled/custom""#),
            "{got:?}"
        );
        assert!(got[0].contains(r#""id":7"#), "{got:?}");
        assert_eq!(got[1], notification);
    }
}
