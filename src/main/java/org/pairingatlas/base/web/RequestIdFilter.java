package org.pairingatlas.base.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token,
 * otherwise a new one. The id is in the {@code requestId} field of every log line written
 * while the request runs and goes back in the response's {@code X-Request-Id}, so a
 * partner's complaint can be matched with the server's log. Each finished request is
 * logged at DEBUG (WARN when the server failed it), with method, path, status and time.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	/** The header carrying the id both ways. */
	public static final String HEADER = "X-Request-Id";

	/** The key of the id in the logging context (MDC). */
	public static final String MDC_KEY = "requestId";

	// A caller's id lands in the logs verbatim: only plain tokens, so no one can forge
	// log lines.
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final Log log = LogFactory.getLog("org.pairingatlas.requests");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && ACCEPTED.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		long started = System.nanoTime();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			logFinished(request, response, started);
			MDC.remove(MDC_KEY);
		}
	}

	private static void logFinished(HttpServletRequest request, HttpServletResponse response, long started) {
		int status = response.getStatus();
		// A health probe answering 503 is the probe working, not the server failing.
		boolean failed = status >= 500 && !request.getRequestURI().startsWith("/actuator/health");
		if (!failed && !log.isDebugEnabled()) {
			return;
		}
		String line = "%s %s answered %d in %d ms".formatted(request.getMethod(), request.getRequestURI(), status,
				(System.nanoTime() - started) / 1_000_000);
		if (failed) {
			log.warn(line);
		}
		else {
			log.debug(line);
		}
	}

}
