package dev.tidings.web;

/** An API error, rendered as {@code application/problem+json} with this status. */
final class ApiProblem extends RuntimeException {
    final int status;
    final String title;

    ApiProblem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }
}
