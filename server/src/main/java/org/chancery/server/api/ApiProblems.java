package org.chancery.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.archive.room.AccessSuspendedException;
import org.chancery.messaging.draft.InvalidDraftException;
import org.chancery.server.messaging.DraftNotFoundException;
import org.chancery.server.security.SignOutAuditor;
import org.chancery.server.security.SignedInReader;
import org.chancery.server.web.CableNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as {@code application/problem+json}. An absent cable and a cable the caller may not see are the
 * same 404, so the API never tells that a cable exists.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
public class ApiProblems {

    private final SignOutAuditor signOut;

    public ApiProblems(SignOutAuditor signOut) {
        this.signOut = signOut;
    }

    @ExceptionHandler(CableNotFoundException.class)
    public ProblemDetail notFound(CableNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(DraftNotFoundException.class)
    public ProblemDetail draftNotFound(DraftNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** A draft the check or the release refuses: 422, with every finding (field, rule code, message). */
    @ExceptionHandler(InvalidDraftException.class)
    public ProblemDetail invalidDraft(InvalidDraftException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Draft has errors", e.getMessage());
        problem.setProperty("findings", e.findings());
        return problem;
    }

    /** An act that the draft's or the cable's state does not allow now (released already, clearance outstanding). */
    @ExceptionHandler(IllegalStateException.class)
    public ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    /** A request body that is not JSON of the expected shape. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "the request body is not JSON of the expected shape: "
                        + e.getMostSpecificCause().getMessage());
        problem.setTitle("Bad request");
        return problem;
    }

    @ExceptionHandler(QuerySyntaxException.class)
    public ProblemDetail badQuery(QuerySyntaxException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Query syntax error", e.getMessage());
        problem.setProperty("query", e.query());
        problem.setProperty("column", e.column());
        return problem;
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    public ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    /** The account may not read: the session (if any) ends, and the caller is told why. */
    @ExceptionHandler(AccessSuspendedException.class)
    public ProblemDetail suspended(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInReader reader) {
            signOut.record(reader.name(), "api session ended: access suspended or disabled");
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "Access for this account is suspended or disabled; an administrator must reinstate it.");
        problem.setTitle("Access suspended");
        return problem;
    }

    /** Something the caller's role does not allow (a public export without being a records officer). */
    @ExceptionHandler(SecurityException.class)
    public ProblemDetail forbidden(SecurityException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(UnsupportedOperationException.class)
    public ProblemDetail notAvailable(UnsupportedOperationException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "Not available", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
