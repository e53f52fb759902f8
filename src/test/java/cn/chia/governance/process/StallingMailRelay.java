package cn.chia.governance.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The mail server as the nodes see it: relays SMTP to the test's mail server, except that, when armed, it
 * accepts the next connection and never answers it (a mail server that hangs), so that the step sending
 * that mail is caught in the middle, holding its job.
 */
final class StallingMailRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final AtomicBoolean stallNext = new AtomicBoolean();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    StallingMailRelay(int target) throws IOException {
        this.server = new ServerSocket(0);
        this.target = target;
        daemon(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void stallNextConnection() {
        stallNext.set(true);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                if (stallNext.compareAndSet(true, false)) {
                    continue;
                }
                Socket mail = new Socket("127.0.0.1", target);
                open.add(mail);
                pipe(client, mail);
                pipe(mail, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "mail-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
