package org.ficshelf.web;

/**
 * A request the app refuses, with the status and a message the reader can act on. Pages show it
 * as an error page, the API as an RFC 9457 problem document; never as a stack trace.
 */
public final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public HttpProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    /** 400: a parameter the app cannot use. */
    public static HttpProblem badRequest(String detail) {
        return new HttpProblem(400, "Bad request", detail);
    }

    /** 404: no such work, tag or page. */
    public static HttpProblem notFound(String detail) {
        return new HttpProblem(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        String m = getMessage();
        return m == null ? title : m;
    }
}
