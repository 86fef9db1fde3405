package kz.qashyq.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that ran out of time (its transaction's limit, a lock it waited for, a free
 * database connection it could not get) answers 503 with {@code Retry-After}: its
 * transaction was rolled back whole, so nothing was saved, and the translated answer says
 * so and asks to try again. A form retried with its idempotency key then stores once.
 * Pages get the translated {@code error/503} page, {@code /api/**} a problem detail (RFC
 * 9457).
 */
@ControllerAdvice
class BusyResponses {

	private static final Logger log = LoggerFactory.getLogger(BusyResponses.class);

	/** Seconds a client waits before trying again. */
	static final String RETRY_AFTER = "5";

	private final MessageSource messages;

	BusyResponses(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ QueryTimeoutException.class, TransactionTimedOutException.class,
			CannotAcquireLockException.class, PessimisticLockingFailureException.class,
			CannotGetJdbcConnectionException.class })
	ResponseEntity<ProblemDetail> busy(Exception ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		log.warn("{} {} ran out of time and was rolled back: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// rendered by the error controller as the translated error/503 page
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
		problem.setType(URI.create("urn:qashyq:problem:busy"));
		problem.setTitle(this.messages.getMessage("error.503.title", null, locale));
		problem.setDetail(this.messages.getMessage("error.503.text", null, locale));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
