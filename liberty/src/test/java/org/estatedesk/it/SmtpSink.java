package org.estatedesk.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A local SMTP server for the black-box tests: accepts every message the server sends to {@code smtp.port} (the
 * pom points the server's mail session there) and keeps it, recipients and raw text, for the tests to look at.
 */
final class SmtpSink {
    record Mail(List<String> recipients, String data) {
        /** The decoded subject (Jakarta Mail encodes non-ASCII subjects as RFC 2047 words). */
        String subject() {
            String[] lines = data.split("\r\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].regionMatches(true, 0, "Subject:", 0, 8)) {
                    StringBuilder raw = new StringBuilder(lines[i].substring(8).trim());
                    while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                        raw.append(' ').append(lines[++i].trim());
                    }
                    return decode(raw.toString());
                }
            }
            return "";
        }

        /** The text body, decoded from base64 or quoted-printable as Jakarta Mail sends non-ASCII text. */
        String body() {
            int split = data.indexOf("\r\n\r\n");
            String headers = split < 0 ? data : data.substring(0, split);
            String body = split < 0 ? "" : data.substring(split + 4);
            String lower = headers.toLowerCase();
            if (lower.contains("content-transfer-encoding: base64")) {
                return new String(java.util.Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
            }
            if (lower.contains("content-transfer-encoding: quoted-printable")) {
                var buf = new java.io.ByteArrayOutputStream();
                String q = body.replace("=\r\n", "");
                for (int i = 0; i < q.length(); i++) {
                    char c = q.charAt(i);
                    if (c == '=' && i + 2 < q.length()) {
                        buf.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        buf.write(c);
                    }
                }
                return buf.toString(StandardCharsets.UTF_8);
            }
            return body;
        }

        /** RFC 2047 encoded words (B and Q), as Jakarta Mail writes a non-ASCII subject. */
        private static String decode(String header) {
            var m = java.util.regex.Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=\\s*").matcher(header);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                out.append(header, last, m.start());
                java.nio.charset.Charset cs = java.nio.charset.Charset.forName(m.group(1));
                byte[] bytes;
                if (m.group(2).equalsIgnoreCase("B")) {
                    bytes = java.util.Base64.getDecoder().decode(m.group(3));
                } else {
                    var buf = new java.io.ByteArrayOutputStream();
                    String q = m.group(3).replace('_', ' ');
                    for (int i = 0; i < q.length(); i++) {
                        char c = q.charAt(i);
                        if (c == '=' && i + 2 < q.length()) {
                            buf.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                            i += 2;
                        } else {
                            buf.write(c);
                        }
                    }
                    bytes = buf.toByteArray();
                }
                out.append(new String(bytes, cs));
                last = m.end();
            }
            return out.append(header.substring(last)).toString();
        }
    }

    private static SmtpSink instance;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    private SmtpSink(int port) throws IOException {
        ServerSocket server = new ServerSocket(port);
        Thread accept = new Thread(() -> {
            while (true) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> session(s), "smtp-session");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "smtp-sink");
        accept.setDaemon(true);
        accept.start();
    }

    /** The sink of this test JVM, started on first use. */
    static synchronized SmtpSink get() {
        if (instance == null) {
            try {
                instance = new SmtpSink(Integer.parseInt(System.getProperty("smtp.port", "2525")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Waits for a message that matches, up to the timeout. */
    Mail await(Predicate<Mail> match, Duration timeout) {
        return Api.await("a mail that matches", timeout,
                () -> new Seen(mails.stream().filter(match).findFirst().orElse(null), List.copyOf(mails)),
                seen -> seen.match() != null).match();
    }

    /** One look at the mails for {@link #await}: the one that matched, if any, among all received so far. */
    private record Seen(Mail match, List<Mail> received) {
        @Override
        public String toString() {
            return "received " + received.stream().map(m -> m.recipients() + " " + m.subject()).toList();
        }
    }

    private void session(Socket s) {
        try (s; var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "HELO" -> reply(out, "250 sink");
                    case "MAIL" -> {
                        to = new ArrayList<>();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        to.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        StringBuilder data = new StringBuilder();
                        String d;
                        while ((d = in.readLine()) != null && !d.equals(".")) {
                            data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                        }
                        mails.add(new Mail(List.copyOf(to), data.toString()));
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
