package kz.qashyq.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the servlet container accepts before anything reads its
 * body, with the translated 413 page ({@code templates/error/413.html}) instead of the
 * container's own. Smaller uploads go on to the module that receives them, which checks
 * its own, lower limit with its own message.
 */
@Configuration(proxyBeanMethods = false)
public class UploadSizeFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Bean
	static FilterRegistrationBean<UploadSizeFilter> uploadSizeFilterRegistration(UploadSizeFilter filter) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > this.maxRequestBytes) {
			// rendered by the error controller as the translated 413 page; the container
			// swallows the body
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The refused request as the error page sees it: no body and no parameters to parse
	 * (reading a parameter would make the container parse the oversized body).
	 */
	static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

	}

}
