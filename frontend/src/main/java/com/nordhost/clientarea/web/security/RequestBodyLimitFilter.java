package com.nordhost.clientarea.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * No request body larger than {@link #MAX_BODY_BYTES} reaches the applications (decision 0027). Vaadin reads a
 * UIDL message whole into memory and keeps a synced field value in the session, so one 8 MiB post before sign-in
 * cost about 10 MiB of heap until the session ended, and 50 MiB took the server down.
 *
 * <ul>
 *     <li>A declared Content-Length over the limit: 413 at once, nothing read, and the connection closed so
 *     nobody reads the rest.</li>
 *     <li>A body without a length (chunked): read here, at most the limit and one byte more, before anything
 *     else sees it; over the limit it is a 413 as well, otherwise the application reads the buffered copy.</li>
 * </ul>
 * Grizzly's own {@code max-post-size-bytes} (the same figure, set by {@code bin/run}) refuses a sized body
 * itself, but a chunked one only fails inside Vaadin's read: an "Internal error" answered with 200 and a stack
 * trace in the log for every such post. This filter makes both a plain 413, also where the server's setting is
 * missing. The largest normal message, a security key's registration, is a few KiB; the one upload (the
 * back-office's Import customers) gets its own limit on Vaadin's upload addresses only
 * ({@link #UPLOAD_LIMIT_PARAMETER}, decision 0033). Shared by both WARs (this jar), found by the container's annotation scan like the other filters.
 */
@WebFilter(filterName = "clientarea-request-body-limit", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class RequestBodyLimitFilter extends HttpFilter {

    /** 64 KiB: more than ten times the largest UIDL message either app sends. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /**
     * A context parameter: the larger limit of Vaadin's upload receivers ({@value #UPLOAD_PATH}...), for an app with an
     * upload (the back-office's Import customers, decision 0033). Absent: uploads get {@link #MAX_BODY_BYTES} too.
     */
    public static final String UPLOAD_LIMIT_PARAMETER = "clientarea.upload-body-limit-bytes";
    /** Where Vaadin receives uploads: a per-session, per-component address nobody else can post to. */
    static final String UPLOAD_PATH = "/VAADIN/dynamic/resource/";

    private final int limit;
    private int uploadLimit;

    @Override
    public void init() throws ServletException {
        String configured = getServletContext().getInitParameter(UPLOAD_LIMIT_PARAMETER);
        uploadLimit = configured == null ? limit : Math.max(limit, Integer.parseInt(configured.strip()));
    }

    public RequestBodyLimitFilter() {
        this(MAX_BODY_BYTES);
    }

    RequestBodyLimitFilter(int limit) {
        this.limit = limit;
        this.uploadLimit = limit;
    }

    RequestBodyLimitFilter(int limit, int uploadLimit) {
        this.limit = limit;
        this.uploadLimit = uploadLimit;
    }

    private int limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(UPLOAD_PATH) ? uploadLimit : limit;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = readAtMost(request.getInputStream(), limit + 1);
        } catch (IOException tooLargeForTheServerOrGone) {
            // The container's own limit, or a client that went away: either way nothing to answer but this.
            refuse(response);
            return;
        }
        if (body.length > limit) {
            refuse(response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < max && (n = in.read(buffer, 0, Math.min(buffer.length, max - out.size()))) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        // Closing tells the client to stop sending and spares the container reading the rest of the body.
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /** A request whose body was read into memory by the filter: its stream and reader read the copy. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;
        private BufferedReader reader;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (reader != null) {
                throw new IllegalStateException("getReader() was already called");
            }
            if (stream == null) {
                stream = new BufferedStream(new ByteArrayInputStream(body));
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                if (stream != null) {
                    throw new IllegalStateException("getInputStream() was already called");
                }
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
            }
            return reader;
        }
    }

    private static final class BufferedStream extends ServletInputStream {

        private final ByteArrayInputStream in;

        BufferedStream(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
