//! A guard in front of the protocol transport. `tower-lsp-server` stops
//! reading (and the server ends) at the first message it cannot decode —
//! a body that is not JSON, or JSON that is not a JSON-RPC message — so
//! one malformed message from a client would kill the session. This task
//! reads the client's frames itself and forwards only the messages the
//! transport accepts; the others are logged on stderr and dropped.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tower_lsp_server::jsonrpc::{Request, Response};

/// Larger bodies are skipped unread rather than allocated (documents over
/// 16 MiB are refused anyway; this bounds what a bad header can cost).
const MAX_BODY: usize = 256 << 20;

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
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let accepted = serde_json::from_slice::<Request>(&body).is_ok()
            || serde_json::from_slice::<Response>(&body).is_ok();
        if !accepted {
            let preview: String = String::from_utf8_lossy(&body).chars().take(80).collect();
            tracing::error!("dropped a message that is not JSON-RPC 2.0: {preview:?}");
            continue;
        }
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

/// Reads one header block (up to an empty line); blank lines before it are
/// skipped. Headers other than `Content-Length` are ignored.
async fn read_headers(reader: &mut (impl AsyncBufReadExt + Unpin)) -> Headers {
    let mut length = None;
    let mut seen = false;
    loop {
        let mut line = Vec::new();
        match reader.read_until(b'\n', &mut line).await {
            Ok(0) | Err(_) => return Headers::End,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if seen {
                break;
            }
            continue;
        }
        seen = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    length.map_or(Headers::Missing, Headers::Length)
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
}
