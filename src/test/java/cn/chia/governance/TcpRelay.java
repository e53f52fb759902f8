package cn.chia.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server (the database, the mail server) as the application reaches it: every connection relayed to the real one,
 * except that
 * <ul>
 * <li>armed by {@link #stallNextConnection()}, it accepts the next connection and never answers it (a mail server that
 * hangs: the step sending is caught in the middle, holding its job);</li>
 * <li>{@link #hold() held}, it passes nothing on until {@link #release() released} (a database that hangs);</li>
 * <li>{@link #refuse() refusing}, it drops every connection and closes each new one at once (a server that is gone).</li>
 * </ul>
 */
public final class TcpRelay implements AutoCloseable {

    private enum Mode { RELAY, HOLD, REFUSE }

    private final ServerSocket server;
    private final String host;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stallNext = new AtomicBoolean();
    private volatile Mode mode = Mode.RELAY;

    public TcpRelay(String host, int target) throws IOException {
        this.server = new ServerSocket(0);
        this.host = host;
        this.target = target;
        daemon(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void stallNextConnection() {
        stallNext.set(true);
    }

    public void hold() {
        mode = Mode.HOLD;
    }

    public void refuse() throws IOException {
        mode = Mode.REFUSE;
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    public void release() {
        mode = Mode.RELAY;
        synchronized (this) {
            notifyAll();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.REFUSE) {
                    client.close();
                    continue;
                }
                open.add(client);
                if (stallNext.compareAndSet(true, false)) {
                    continue;
                }
                Socket real = new Socket(host, target);
                open.add(real);
                daemon(() -> pipe(client, real));
                daemon(() -> pipe(real, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                waitWhileHeld();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // one side closed, or the relay refuses
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private synchronized void waitWhileHeld() throws InterruptedException {
        while (mode == Mode.HOLD) {
            wait(1000);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-relay");
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
