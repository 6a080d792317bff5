//! A session's state is dropped when the session ends, even when the
//! process (its Tokio runtime) goes on serving others: before, the
//! diagnostics task held the state that held its channel's sender, so
//! every ended session stayed in memory (the `lsp` fuzz target ran out of
//! memory after about 100,000 sessions in one runtime).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

async fn one_session() {
    let (mut client, server_side) = tokio::io::duplex(1 << 20);
    let (server_in, server_out) = tokio::io::split(server_side);
    let server = tokio::spawn(resolution_ls::lsp::serve(server_in, server_out));
    for body in [
        r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/a.res","languageId":"itu-resolution","version":1,"text":"considering\na)\tthat x;\nc)\tthat y,\nresolves\n1\tto z.\n"}}}"#,
        r#"{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}"#,
        r#"{"jsonrpc":"2.0","method":"exit","params":null}"#,
    ] {
        client.write_all(&frame(body)).await.unwrap();
    }
    // Read until the server closes its side.
    let reader = tokio::spawn(async move {
        let mut sink = Vec::new();
        let _ = client.read_to_end(&mut sink).await;
    });
    tokio::time::timeout(Duration::from_secs(20), server)
        .await
        .expect("the session ends after exit")
        .unwrap();
    let _ = reader.await;
}

#[test]
fn an_ended_session_leaves_no_state_behind() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        for _ in 0..5 {
            one_session().await;
        }
        // The diagnostics task notices the end on its next turn.
        for _ in 0..200 {
            if resolution_ls::lsp::live_sessions() == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(
            resolution_ls::lsp::live_sessions(),
            0,
            "sessions still alive after they ended"
        );
    });
}
