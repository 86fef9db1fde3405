package kz.qashyq.directory.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A roster upload larger than the servlet container accepts fails before any controller
 * runs; it is sent back to the roster page with the translated "file too large" message.
 * Uploads to other pages are left to the default handling (413).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RosterUploadLimitAdvice {

	static final String TOO_LARGE = "FILE_TOO_LARGE";

	private static final Pattern ROSTER_UPLOAD = Pattern.compile("/directory/organizations/([0-9]+)/roster");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = ROSTER_UPLOAD.matcher(path);
		if (!matcher.matches()) {
			throw ex;
		}
		return "redirect:/directory/organizations/" + matcher.group(1) + "/roster?problem=" + TOO_LARGE;
	}

}
